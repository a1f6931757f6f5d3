// Page controls: native selects (keyboard-usable), starting from the value in the address.
import * as Inputs from "@observablehq/inputs";
import {urlValue} from "./urlState.js";

/** A select over [{value, label}] whose start value is ?key= when that is one of the options. */
export function pick(options, {label, key, fallback}) {
  const values = options.map((o) => o.value);
  const labelOf = new Map(options.map((o) => [o.value, o.label]));
  return Inputs.select(values, {label, format: (v) => labelOf.get(v) ?? String(v), value: urlValue(key, values.map(String), fallback ?? values[0]) ?? values[0]});
}
