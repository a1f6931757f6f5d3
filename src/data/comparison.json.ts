// Förbunden jämförda: every comparable measure per federation and year (the federation_measure
// mart), each federation's latest year per measure, and federations of similar size. Read by
// Översikt, Resultat, Deltagare, Ekonomi and Jämställdhet, so every page compares alike.
import { emitSplitPage } from "../../loaders/site/splitPageData.ts";

await emitSplitPage("jamforelse");
