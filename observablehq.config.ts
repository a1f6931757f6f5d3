// Observable Framework configuration. Offline build: no Google Fonts, no CDN imports
// (see README, "Site"); the footer has no build date so builds are reproducible.
export default {
  title: "finsam-compare",
  root: "src",
  lang: "sv-SE",
  globalStylesheets: [],
  style: "style.css",
  footer: "finsam-compare – öppna data om samordningsförbund. Källor: förbundens årsredovisningar och protokoll.",
  pages: [
    { name: "Översikt", path: "/" },
    { name: "Deltagare", path: "/deltagare" },
    { name: "Resultat", path: "/resultat" },
    { name: "Ekonomi", path: "/ekonomi" },
    { name: "Jämställdhet och jämlikhet", path: "/jamstalldhet" },
    { name: "Beslut", path: "/beslut" },
    { name: "Datakvalitet", path: "/datakvalitet" },
  ],
  search: false,
  // Framework's own labels are English; the UI is Swedish.
  toc: { label: "Innehåll" },
  pager: false,
};
