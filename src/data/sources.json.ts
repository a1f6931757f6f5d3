// Källor: every document in the warehouse, with its file, checksum, size and what was read from it.
import { emit, siteLabels, withWarehouse } from "../../loaders/site/queryWarehouse.ts";

const data = await withWarehouse(async (q) => ({
  documents: await q(`
    SELECT d.document_id, d.federation_id, f.name AS federation, d.kind, strftime(d.date, '%Y-%m-%d') AS date, d.period_year::INTEGER AS period_year, d.title, d.source_file, d.sha256,
      (SELECT count(*)::INTEGER FROM document_line l WHERE l.document_id = d.document_id) AS lines,
      (SELECT sum(facts)::INTEGER FROM coverage c WHERE c.document_id = d.document_id) AS facts,
      (SELECT count(*)::INTEGER FROM data_quality q WHERE q.document_id = d.document_id) AS findings
    FROM document d JOIN federation f USING (federation_id) ORDER BY f.name, d.date, d.document_id`),
}));
emit({ ...data, labels: siteLabels() }, ["documents"]);
