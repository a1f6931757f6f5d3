// Översikt's tables (the federations side by side, similar federations, what is missing), kept
// out of the page so it reads as text, queries and calls. Every figure comes from the loaders.
import { html } from "htl";
import { MISSING, count, kr, percent } from "./format.js";
import { measureText } from "./comparison.js";

/**
 * The overview's figures in three groups rather than one table fifteen columns wide, so every
 * figure is in view without scrolling. A rate counting only the classified exits of more exits
 * is written "minst X %".
 * @param {(code: string) => object} def a measure's definition by its code
 */
export function overviewGroups(def) {
  const bounded = (code) => (v, r) => measureText({ value: v, lower_bound: r.rate_lower_bound }, def(code));
  return [
    {
      title: "Deltagare",
      figures: [
        ["enrolled", "Deltagare", count],
        ["exited", "Avslutade", count],
        ["exit_coverage", "Avslut med känt mål", percent],
        ["women_share", "Andel kvinnor bland deltagarna", percent],
      ],
    },
    {
      title: "Resultat",
      figures: [
        ["work_or_studies_rate", "Till arbete eller studier", bounded("work_or_studies_rate")],
        ["positive_step_rate", "Positiv stegförflyttning (harmoniserad)", bounded("positive_step_rate")],
        [
          "own_rate",
          "Förbundets egen andel",
          (v, r) =>
            v == null ? MISSING : `${percent(v)}${r.own_rate_kind === "work_or_studies" ? " (arbete/studier)" : ""}`,
        ],
        [
          "cost_per_work_or_studies_exit",
          "Kostnad per avslut till arbete eller studier",
          bounded("cost_per_work_or_studies_exit"),
        ],
      ],
    },
    {
      title: "Ekonomi",
      figures: [
        ["cost_per_participant", "Kostnad per deltagare", kr],
        ["share_to_interventions", "Andel av intäkterna till insatser", percent],
        ["equity_end", "Eget kapital", kr],
        ["equity_cap", "Nationella rådets riktlinje, högst", kr],
        ["equity_of_guideline", "Eget kapital i % av riktlinjen", percent],
      ],
    },
  ];
}

/** One group's table: one row per federation, so it stays readable with 80 federations as with three. */
export function overviewTable(group, rows) {
  // prettier-ignore
  return html`<h3 class="overview-title">${group.title}</h3><div class="table-scroll"><table class="overview">
  <thead><tr><th scope="col">Förbund</th><th scope="col">År</th>${group.figures.map(([, label]) => html`<th scope="col">${label}</th>`)}</tr></thead>
  <tbody>${rows.map((r) => html`<tr><th scope="row"><a href=${`/forbund/${r.federation_id}`}>${r.name}</a></th><td class=${r.year == null ? "missing" : ""}>${r.year ?? MISSING}</td>${group.figures.map(([key, , fmt]) => html`<td class=${r[key] == null ? "missing" : ""}>${fmt(r[key], r)}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

const SIMILAR_MEASURES = ["work_or_studies_rate", "positive_step_rate", "cost_per_participant"];

/**
 * The chosen federation and those nearest in size (comparison.json's `similar`), each with its
 * size, its latest year and the measures compared; population is not in the dataset.
 * @param {object} cmp  comparison.json
 * @param {string} like the chosen federation's id
 * @param {(code: string) => object} def a measure's definition by its code
 */
export function similarTable(cmp, like, def) {
  const nameOf = new Map(cmp.federations.map((f) => [f.federation_id, f.name]));
  const sizeOf = new Map(cmp.size.map((s) => [s.federation_id, s]));
  const latestOf = (id, code) => cmp.latest.find((r) => r.federation_id === id && r.measure === code);
  const ids = [like, ...cmp.similar.filter((s) => s.federation_id === like).map((s) => s.other_id)];
  const similarRows = ids.map((id) => ({
    federation_id: id,
    name: nameOf.get(id),
    year: sizeOf.get(id)?.year ?? null,
    enrolled: sizeOf.get(id)?.enrolled ?? null,
    cost_operating: sizeOf.get(id)?.cost_operating ?? null,
    ...Object.fromEntries(SIMILAR_MEASURES.map((code) => [code, latestOf(id, code) ?? null])),
  }));
  const cell = (code) => (r) => {
    const m = r[code];
    return m ? `${measureText(m, def(code))} (${m.year})` : MISSING;
  };
  // prettier-ignore
  return html`<div class="table-scroll"><table class="overview-similar">
  <caption>${nameOf.get(like)} och de ${ids.length - 1} förbund som är närmast i storlek${ids.length === 1 ? ` (${MISSING}: inget annat förbund redovisar både deltagare och kostnader)` : ""}</caption>
  <thead><tr><th scope="col">Förbund</th><th scope="col">Deltagare (år)</th><th scope="col">Kostnader</th><th scope="col">Invånare</th>${SIMILAR_MEASURES.map((c) => html`<th scope="col">${def(c).sv} (år)</th>`)}</tr></thead>
  <tbody>${similarRows.map((r) => html`<tr class=${r.federation_id === like ? "chosen" : ""}><th scope="row"><a href=${`/forbund/${r.federation_id}`}>${r.name}</a></th><td>${r.year == null ? MISSING : `${count(r.enrolled)} (${r.year})`}</td><td>${kr(r.cost_operating)}</td><td class="missing">${MISSING}</td>${SIMILAR_MEASURES.map((c) => html`<td class=${r[c] ? "" : "missing"}>${cell(c)(r)}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

/** "Uppgifter som saknas": per federation, the overview's figures it does not report. */
export function lackingList(rows, groups) {
  const figures = groups.flatMap((g) => g.figures);
  const lacking = rows
    .map((r) => ({ name: r.name, missing: figures.filter(([key]) => r[key] == null).map(([, label]) => label) }))
    .filter((r) => r.missing.length);
  // prettier-ignore
  return html`<h2>Uppgifter som saknas</h2>${lacking.length === 0 ? html`<p>Alla förbund redovisar alla nyckeltal.</p>` : html`<ul>${lacking.map((r) => html`<li><strong>${r.name}</strong>: ${r.missing.join(", ")}</li>`)}</ul>`}`;
}
