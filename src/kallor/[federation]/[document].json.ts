// The route for the preview server; `npm run build` writes every page's file in one pass
// (loaders/site/writePageData.ts), and a written file wins over this loader.
import { emit, param, withWarehouse } from "../../../loaders/site/queryWarehouse.ts";
import { documentPage } from "../../../loaders/site/pages/documentPage.ts";

const id = `${param("federation")}/${param("document")}`;
emit(await withWarehouse((q) => documentPage(q, id)));
