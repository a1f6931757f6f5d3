// The Datakvalitet page's tables: core figures per annual report, and the findings listed.
import { html } from "htl";
import { MISSING, count } from "./format.js";
import { dataTable, sourceLink } from "./chart.js";
import { documentHref } from "./links.js";

/** One row per report, counted in the loader; `unread` holds the first of `unread_count` numbers. */
export function coreTable(reports) {
  if (reports.length === 0) return html`<p class="muted">${MISSING}: inga årsredovisningar i lagret.</p>`;
  // prettier-ignore
  return dataTable(reports, [
    ["federation", "Förbund"],
    ["year", "År", String],
    ["found", "Kärnuppgifter", (v, r) => `${count(v)} av ${count(r.expected)}${r.curated ? ` (varav ${count(r.curated)} manuellt inlagda)` : ""}`],
    ["missing", "Saknas", (v) => v || "–"],
    ["unread", "Tal som inte lästes", (v, r) => (v.length === 0 ? "–" : html`${v.slice(0, 12).map((u, i) => html`${i ? ", " : ""}<a href=${documentHref(r.document_id, u.source_line)}>rad ${u.source_line}</a>${u.value ? html` (${u.value})` : ""}`)}${r.unread_count > v.length ? ` och ${count(r.unread_count - v.length)} till` : ""}`)],
    ["document_id", "Källa", (v) => html`<a href=${documentHref(v)}>${v}</a>`],
  ]);
}

/** The findings, with both sources where two disagree. */
export function findingsTable(findings, labels) {
  // prettier-ignore
  return dataTable(findings.map((f) => ({...f, value: f.value ?? "–", severity_sv: labels.severity[f.severity]})), [
    ["severity_sv", "Allvar"],
    ["check_id", "Kod", (v) => html`<code>${v}</code>`],
    ["value", "Värden", (v, r) => (r.other_value == null ? v : html`${v}<br>mot ${r.other_value}`)],
    ["document_id", "Källa", (v, r) => html`${sourceLink(v, r.source_line)}${r.other_document_id ? html`<br>mot ${sourceLink(r.other_document_id, r.other_source_line)}` : ""}`],
    ["message_sv", "Beskrivning"],
  ]);
}
