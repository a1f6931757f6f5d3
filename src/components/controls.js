// Page controls: native selects (keyboard-usable), starting from the value in the address.
import * as Inputs from "@observablehq/inputs";
import { syncUrl, urlValue } from "./urlState.js";
import { MISSING } from "./format.js";

/** A select over [{value, label}] whose start value is ?key= when that is one of the options. */
export function pick(options, { label, key, fallback }) {
  const values = options.map((o) => o.value);
  const labelOf = new Map(options.map((o) => [o.value, o.label]));
  return Inputs.select(values, {
    label,
    format: (v) => labelOf.get(v) ?? String(v),
    value: urlValue(key, values.map(String), fallback ?? values[0]) ?? values[0],
  });
}

/** The value a "show all" choice has in a picker; it is left out of the address. */
export const ALL = "";

/** A select over [{value, label}] with "Alla" (or `all`) first: the default, left out of the address. */
export function pickOrAll(options, { label, key, all = "Alla" }) {
  return pick([{ value: ALL, label: all }, ...options], { label, key, fallback: ALL });
}

/**
 * A search box over rows whose query lives in the address (?sok=), so a search can be shared and
 * survives the page's other controls redrawing the box. Options as Inputs.search.
 */
export function searchRows(rows, { key = "sok", ...options } = {}) {
  const search = Inputs.search(rows, { ...options, query: urlValue(key, null, "") });
  const box = search.querySelector("input");
  box.addEventListener("input", () => syncUrl({ [key]: box.value.trim() }, { [key]: "" }));
  return search;
}

/** The federation picker every page shares (?forbund=), starting at `fallback` (a federation that reports). */
export function pickFederation(federations, fallback) {
  return pick(
    federations.map((f) => ({ value: f.federation_id, label: f.name })),
    { label: "Förbund", key: "forbund", fallback },
  );
}

/** The federation picker starting at the first federation with rows in any of `rowSets`. */
export function pickReportingFederation(federations, ...rowSets) {
  const reports = (f) => rowSets.some((rows) => rows.some((r) => r.federation_id === f.federation_id));
  return pickFederation(federations, federations.find(reports)?.federation_id);
}

/** The years of one federation's rows, newest first (what the year picker offers). */
export function yearsOf(rows, federation) {
  return [...new Set(rows.filter((r) => r.federation_id === federation).map((r) => r.year))].sort((a, b) => b - a);
}

/**
 * Keep the federation and year (and any other controls) in the address; the newest year is the
 * default and is left out. `defaults` holds the other controls' defaults.
 */
export function syncFederationYear({ federation, year, years }, others = {}, defaults = {}) {
  syncUrl({ forbund: federation, ar: year, ...others }, { ar: String(years[0] ?? ""), ...defaults });
}

/** The year picker (?ar=), newest first; with no years it offers only "uppgift saknas". */
export function pickYear(years, label = "År") {
  return pick(
    years.length ? years.map((y) => ({ value: String(y), label: String(y) })) : [{ value: "", label: MISSING }],
    { label, key: "ar" },
  );
}

/**
 * An Inputs.table made usable by keyboard: its scroll box (a form, so a named form landmark)
 * takes focus (arrow keys scroll it), and its column headers sort with Enter or Space as on click.
 */
export function accessibleTable(table, name) {
  table.setAttribute("aria-label", name);
  table.tabIndex = 0;
  for (const th of table.querySelectorAll("thead th")) {
    if (!th.textContent.trim()) continue;
    th.tabIndex = 0;
    th.title = `Sortera efter ${th.textContent.trim()}`;
    th.addEventListener("keydown", (event) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      th.click();
    });
  }
  return table;
}
