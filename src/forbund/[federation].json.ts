// The route for the preview server; `npm run build` writes every page's file in one pass
// (loaders/site/writePageData.ts), and a written file wins over this loader.
import { emit, param, withWarehouse } from "../../loaders/site/queryWarehouse.ts";
import { federationPage } from "../../loaders/site/pages/federationPage.ts";

const id = param("federation");
emit(await withWarehouse((q) => federationPage(q, id)));
