// The route for the preview server; `npm run build` writes every page's file in one pass
// (loaders/site/writePageData.ts), and a written file wins over this loader.
import { emit, param, withWarehouse } from "../../../loaders/site/queryWarehouse.ts";
import { memberPage } from "../../../loaders/site/pages/memberPage.ts";

const id = `${param("federation")}/${param("member")}`;
emit(await withWarehouse((q) => memberPage(q, id)));
