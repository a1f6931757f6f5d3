/** CITATION.cff (Citation File Format 1.2.0) for one version of the dataset. */
import { stringify } from "yaml";

export function citationCff(opts: {
  version: string;
  released: string;
  documents: number;
  federations: string[];
}): string {
  return stringify({
    "cff-version": "1.2.0",
    message:
      "If you use this dataset, please cite it as below, with its version; every figure also carries its source document and line.",
    type: "dataset",
    title: "finsam-compare: figures of Swedish samordningsförbund (Finsam) from their annual reports and minutes",
    version: opts.version,
    "date-released": opts.released,
    authors: [{ name: "finsam-compare contributors" }],
    license: "CC-BY-4.0",
    keywords: ["Finsam", "samordningsförbund", "vocational rehabilitation", "Sweden", "open data"],
    abstract: `Normalised figures (participants, exit outcomes, finances, members, interventions, decisions) for ${opts.federations.length} federations (${opts.federations.join(", ")}), read from ${opts.documents} published documents, each figure with its document and line.`,
  });
}
