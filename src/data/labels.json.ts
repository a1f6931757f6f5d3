// The code lists' Swedish labels, shared by the pages that fetch their data by id (the
// document and member pages), so each data chunk need not carry its own copy.
import { siteLabels } from "../../loaders/site/queryWarehouse.ts";

process.stdout.write(JSON.stringify(siteLabels()));
