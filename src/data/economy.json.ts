// Ekonomi: the page's data file, as the build writes it (loaders/site/writePageData.ts,
// which also writes each federation's chunk); this loader serves the preview.
import { emitSplitPage } from "../../loaders/site/splitPageData.ts";

await emitSplitPage("ekonomi");
