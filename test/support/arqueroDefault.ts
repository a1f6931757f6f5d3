// The site imports arquero's UMD build as a default import (its main entry imports node:fs, which
// Framework cannot bundle for the browser). In Node that file only sets a global, so the unit tests
// that import site components get the same default export from arquero's ESM entry instead.
import * as aq from "arquero";
export default aq;
