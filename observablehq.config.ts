// Observable Framework configuration. Offline build: no Google Fonts, no CDN imports
// (see README, "Site"); the footer has no build date so builds are reproducible.
export default {
  title: "finsam-compare",
  root: "src",
  lang: "sv-SE",
  globalStylesheets: [],
  footer: "finsam-compare – öppna data om samordningsförbund. Källor: förbundens årsredovisningar och protokoll.",
  pages: [{ name: "Lagret", path: "/" }],
  search: false,
};
