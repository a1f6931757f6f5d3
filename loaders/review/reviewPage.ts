/**
 * The review page: one self-contained HTML document (no file is served beside it). It lists the
 * report's core figures, read, curated or missing; for a missing one it shows the candidate lines
 * with their numbers as buttons, and choosing one fills in the value (already in kronor), the line
 * and a reason the person can edit. Pending values are checked against the report's sums before
 * they are saved. Everything is reachable by keyboard; text is Swedish.
 */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const STYLE = `
:root { font-family: system-ui, sans-serif; color: #1b1b1b; background: #fff; line-height: 1.45; }
body { margin: 0 auto; max-width: 78rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
main { display: grid; grid-template-columns: minmax(18rem, 1fr) minmax(22rem, 1.4fr); gap: 1.5rem; }
#doc-section { grid-column: 1 / -1; }
ul.plain { list-style: none; padding: 0; margin: 0; }
#figures li { display: flex; gap: 0.5rem; align-items: baseline; padding: 0.2rem 0; border-bottom: 1px solid #ddd; }
.state { font-size: 0.8rem; padding: 0 0.35rem; border-radius: 3px; white-space: nowrap; }
.state-read { background: #e3f1e3; color: #174d17; }
.state-curated { background: #e4ecf9; color: #123a7a; }
.state-missing { background: #fbe9d9; color: #6b3000; }
button { font: inherit; padding: 0.2rem 0.6rem; border: 1px solid #2456a6; background: #fff; color: #123a7a; border-radius: 4px; cursor: pointer; }
button.primary { background: #123a7a; color: #fff; }
button:focus-visible, input:focus-visible, select:focus-visible, a:focus-visible { outline: 3px solid #c26a00; outline-offset: 2px; }
button.num { padding: 0 0.3rem; margin: 0 0.1rem; font-variant-numeric: tabular-nums; }
.candidate { margin: 0.4rem 0; padding: 0.4rem; border: 1px solid #ccc; border-radius: 4px; }
.candidate .text { font-family: ui-monospace, monospace; white-space: pre-wrap; font-size: 0.85rem; }
label { display: block; margin: 0.4rem 0; }
input, select { font: inherit; padding: 0.2rem; border: 1px solid #555; border-radius: 3px; }
#value, #reason { width: 100%; box-sizing: border-box; }
.broken { color: #8a1c00; font-weight: 600; }
.ok { color: #174d17; }
#lines { font-family: ui-monospace, monospace; font-size: 0.8rem; max-height: 28rem; overflow: auto; border: 1px solid #ccc; padding: 0.5rem 0.5rem 0.5rem 4rem; }
#lines li.hit { background: #fff3c4; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 0.5rem; background: #fff; padding: 0.3rem; }
`;

const SCRIPT = `
const token = new URLSearchParams(location.search).get("token") || "";
const api = (path, body) => fetch(path, {
  method: body ? "POST" : "GET",
  headers: { "x-review-token": token, ...(body ? { "content-type": "application/json" } : {}) },
  body: body ? JSON.stringify(body) : undefined,
}).then(async (r) => ({ status: r.status, data: await r.json() }));
const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
};
const STATE_SV = { read: "läst", curated: "manuell", missing: "saknas" };
const fmt = (n) => n === null ? "uppgift saknas" : n.toLocaleString("sv-SE");
let state = null;
let chosen = null;
const pending = [];

function renderFigures() {
  const list = $("figures");
  list.replaceChildren();
  for (const f of state.figures) {
    const item = el("li", {}, el("span", { class: "state state-" + f.state }, STATE_SV[f.state]), el("span", {}, f.label));
    const waiting = pending.some((p) => p.figure === f.figure || p.figure.startsWith(f.figure + ":"));
    if (waiting) item.append(el("span", { class: "state state-curated" }, "ifylld, ej sparad"));
    if (f.state === "missing") {
      const b = el("button", { type: "button", "aria-label": "Välj " + f.label }, "Välj");
      b.addEventListener("click", () => choose(f));
      item.append(b);
    } else if (f.line) item.append(el("span", {}, "rad " + f.line));
    list.append(item);
  }
}

function choose(f) {
  chosen = f;
  $("chosen").textContent = f.label + " (" + f.year + ")";
  $("category-row").hidden = f.kind !== "participant_breakdown";
  const box = $("candidates");
  box.replaceChildren();
  if (f.candidates.length === 0)
    box.append(el("p", { id: "no-candidate" }, "Ingen kandidatrad hittades. Ange en rad under ”Visa tal på rad”, eller klicka på en rad i dokumentet."));
  for (const c of f.candidates) renderCandidate(c);
  for (const id of ["value", "line", "reason", "goto"]) $(id).value = "";
  $("pick-note").textContent = "";
  const first = box.querySelector("button");
  (first || $("goto")).focus();
}

async function showLine(n) {
  if (!chosen) { $("status").textContent = "Välj först en uppgift som saknas."; return; }
  const { status, data } = await api("/line?n=" + n + "&kind=" + chosen.kind);
  if (status !== 200) { $("status").textContent = "Rad " + n + " finns inte i dokumentet."; return; }
  $("no-candidate")?.remove();
  const div = renderCandidate(data, true);
  const first = div.querySelector("button");
  (first || $("goto")).focus();
  if (!first) $("status").textContent = "Rad " + n + " har inga tal.";
}

function renderCandidate(c, prepend) {
  const box = $("candidates");
    const div = el("div", { class: "candidate" }, el("div", {}, "Rad " + c.line));
    const text = el("div", { class: "text" });
    let at = 0;
    for (const n of c.numbers) {
      text.append(c.text.slice(at, n.start));
      const label = "Välj " + n.raw + (n.value !== null ? " (" + fmt(n.value) + ")" : "") + " på rad " + c.line;
      const b = el("button", { type: "button", class: "num", "aria-label": label }, n.raw);
      b.addEventListener("click", () => pick(c, n));
      text.append(b);
      at = n.end;
    }
    text.append(c.text.slice(at));
    div.append(text);
    if (prepend) box.prepend(div); else box.append(div);
    return div;
}

function pick(c, n) {
  $("value").value = n.value === null ? n.raw : String(n.value);
  $("line").value = String(c.line);
  $("reason").value = "Läst från rad " + c.line;
  $("pick-note").textContent = n.note ? "Omräknat: " + n.note : "";
  $("value").focus();
}

/** The settings as the server takes them (the label is the page's own). */
const settingsOf = () => pending.map(({ label, ...s }) => s);

async function check() {
  const { status, data } = await api("/check", { curatedSha256: state.curatedSha256, settings: settingsOf() });
  if (status !== 200) { $("status").textContent = "Kunde inte kontrollera: " + data.error; return; }
  const list = $("pending");
  list.replaceChildren();
  data.results.forEach((r, i) => {
    const p = pending[i];
    const li = el("li", {}, p.label + ": " + p.value + " (rad " + p.line + ") ");
    if (!r.ok) li.append(el("span", { class: "broken" }, "Fel: " + r.error));
    const rm = el("button", { type: "button", "aria-label": "Ta bort " + p.label }, "Ta bort");
    rm.addEventListener("click", () => { pending.splice(i, 1); check(); });
    li.append(rm);
    list.append(li);
  });
  const sums = $("sums");
  sums.replaceChildren();
  for (const s of data.sums)
    sums.append(el("p", { class: s.status }, (s.status === "ok" ? "Stämmer: " : "Stämmer inte: ") + s.label + ". " + s.detail));
  const broken = data.sums.some((s) => s.status === "broken") || data.results.some((r) => !r.ok);
  $("save").disabled = pending.length === 0 || data.results.some((r) => !r.ok);
  $("sum-warning").textContent = broken ? "Kontrollera markerade värden innan du sparar." : "";
}

function add(ev) {
  ev.preventDefault();
  if (!chosen) { $("status").textContent = "Välj först en uppgift som saknas."; return; }
  let figure = chosen.figure;
  if (chosen.kind === "participant_breakdown") figure += ":" + $("category").value;
  const line = Number($("line").value);
  if (!$("value").value.trim() || !Number.isInteger(line) || line < 1) {
    $("status").textContent = "Ange både värde och rad.";
    return;
  }
  const existing = pending.findIndex((p) => p.figure === figure);
  const entry = { figure, value: $("value").value.trim(), line, reason: $("reason").value.trim() || undefined, label: chosen.label };
  if (existing >= 0) pending[existing] = entry; else pending.push(entry);
  // On to the next missing figure not yet filled in, so a keyboard user goes down the list.
  const at = state.figures.indexOf(chosen);
  const next = state.figures.slice(at + 1).concat(state.figures.slice(0, at))
    .find((f) => f.state === "missing" && !pending.some((p) => p.figure === f.figure || p.figure.startsWith(f.figure + ":")));
  $("status").textContent = chosen.label + " tillagd. " + (next ? "Nästa som saknas: " + next.label + "." : "Alla är ifyllda; spara.");
  renderFigures();
  $("save").disabled = false;
  const button = next && [...$("figures").querySelectorAll("button")].find((b) => b.getAttribute("aria-label") === "Välj " + next.label);
  (button || $("save")).focus();
  check();
}

async function save() {
  const { status, data } = await api("/save", { curatedSha256: state.curatedSha256, settings: settingsOf() });
  if (status !== 200) { $("status").textContent = "Inte sparat: " + data.error; return; }
  $("status").textContent = data.saved + " uppgifter sparade i " + data.file + ". Kör laddningen för att ta in dem i databasen.";
  pending.length = 0;
  $("load").hidden = false;
  await refresh();
  await check();
  $("load").focus();
}

async function load() {
  $("status").textContent = "Laddar databasen …";
  const { status, data } = await api("/load", {});
  $("status").textContent = status === 200 ? data.message : "Laddningen misslyckades: " + data.error;
}

async function refresh() {
  const { data } = await api("/state");
  state = data;
  $("doc").textContent = state.title + " · " + state.documentId;
  const sel = $("category");
  sel.replaceChildren(...state.exitCategories.map((c) => el("option", { value: c.code }, c.sv)));
  renderFigures();
  const lines = $("lines");
  const hits = new Set(state.figures.flatMap((f) => f.candidates.map((c) => c.line)));
  lines.replaceChildren(...state.lines.map((t, i) => el("li", { id: "L" + (i + 1), class: hits.has(i + 1) ? "hit" : null }, t || " ")));
}

$("entry").addEventListener("submit", add);
$("goto-form").addEventListener("submit", (ev) => { ev.preventDefault(); showLine(Number($("goto").value)); });
$("lines").addEventListener("click", (ev) => {
  const li = ev.target.closest("li");
  if (li) showLine(Number(li.id.slice(1)));
});
$("save").addEventListener("click", save);
$("load").addEventListener("click", load);
refresh();
`;

export function renderReviewPage(documentId: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Granska ${esc(documentId)} · finsam-compare</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#entry-section">Hoppa till formuläret</a>
<header>
<h1>Komplettera kärnuppgifter</h1>
<p id="doc">${esc(documentId)}</p>
</header>
<main>
<section aria-labelledby="figures-h">
<h2 id="figures-h">Kärnuppgifter</h2>
<ul id="figures" class="plain"></ul>
</section>
<section id="entry-section" aria-labelledby="entry-h">
<h2 id="entry-h">Vald uppgift</h2>
<p id="chosen">Välj en uppgift som saknas i listan.</p>
<div id="candidates" role="group" aria-label="Kandidatrader med tal att välja"></div>
<form id="goto-form"><label for="goto">Visa tal på rad</label>
<input id="goto" type="number" min="1"> <button type="submit">Visa</button></form>
<form id="entry">
<div id="category-row" hidden><label for="category">Vart de gick</label><select id="category"></select></div>
<label for="value">Värde (kronor, antal eller procent)</label>
<input id="value" autocomplete="off" inputmode="decimal">
<p id="pick-note"></p>
<label for="line">Rad i dokumentet</label>
<input id="line" type="number" min="1">
<label for="reason">Motivering</label>
<input id="reason" autocomplete="off">
<p><button type="submit">Lägg till</button></p>
</form>
<h3>Att spara</h3>
<ul id="pending" class="plain"></ul>
<div id="sums" aria-live="polite"></div>
<p id="sum-warning" class="broken" role="alert"></p>
<p><button id="save" class="primary" type="button" disabled>Spara</button>
<button id="load" type="button" hidden>Kör laddningen</button></p>
<p id="status" role="status"></p>
</section>
<section id="doc-section" aria-labelledby="lines-h">
<h2 id="lines-h">Dokumentet rad för rad</h2>
<ol id="lines" tabindex="0" aria-label="Dokumentets rader"></ol>
</section>
</main>
<script type="module">${SCRIPT}</script>
</body>
</html>
`;
}
