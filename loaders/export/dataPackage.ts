/**
 * datapackage.json (Frictionless Data Package v1): one resource per file, with the schema of
 * its table (fields, types, descriptions, primary and foreign keys) from loaders/schema/tables.ts.
 * The package profile is `data-package`, not `tabular-data-package`, because it also lists
 * Parquet, DuckDB, xlsx and text files; each CSV is a `tabular-data-resource` with an explicit
 * dialect. The zod schema below is the part of the spec we check at export time; the export
 * test also loads the written package with the Frictionless project's own library.
 */
import { z } from "zod";
import { foreignKeys, SCHEMA_VERSION, type ColumnType, type TableDef } from "../schema/tables.ts";

const FIELD_TYPES = ["string", "integer", "number", "boolean", "date", "datetime", "object"] as const;
const NAME = /^[a-z0-9._/-]+$/;

const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(FIELD_TYPES),
  description: z.string().min(1),
  constraints: z.object({ required: z.boolean() }).optional(),
});

const tableSchemaSchema = z
  .object({
    fields: z.array(fieldSchema).min(1),
    primaryKey: z.array(z.string()).optional(),
    // The v1 profile requires at least one item when the property is present.
    foreignKeys: z
      .array(
        z.object({
          fields: z.array(z.string()).min(1),
          reference: z.object({ resource: z.string(), fields: z.array(z.string()).min(1) }),
        }),
      )
      .min(1)
      .optional(),
    missingValues: z.array(z.string()).optional(),
  })
  .superRefine((s, ctx) => {
    const names = new Set(s.fields.map((f) => f.name));
    if (names.size !== s.fields.length) ctx.addIssue({ code: "custom", message: "field names repeat" });
    for (const k of [...(s.primaryKey ?? []), ...(s.foreignKeys ?? []).flatMap((f) => f.fields)])
      if (!names.has(k)) ctx.addIssue({ code: "custom", message: `key field "${k}" is not a field` });
  });

/** CSV Dialect v1, every property spelled out: readers that sniff guess wrong on our files. */
const dialectSchema = z.object({
  delimiter: z.literal(","),
  quoteChar: z.literal('"'),
  doubleQuote: z.literal(true),
  lineTerminator: z.literal("\n"),
  skipInitialSpace: z.literal(false),
  header: z.literal(true),
});

const resourceSchema = z.object({
  name: z.string().regex(NAME),
  path: z.string().min(1),
  title: z.string().optional(),
  profile: z.enum(["tabular-data-resource", "data-resource"]),
  format: z.string(),
  mediatype: z.string(),
  encoding: z.string().optional(),
  description: z.string().optional(),
  bytes: z.number().int().nonnegative().optional(),
  hash: z
    .string()
    .regex(/^sha256:[0-9a-f]{64}$/)
    .optional(),
  dialect: dialectSchema.optional(),
  schema: tableSchemaSchema.optional(),
});

export const dataPackageSchema = z
  .object({
    profile: z.literal("data-package"),
    name: z.string().regex(NAME),
    title: z.string(),
    description: z.string(),
    version: z.string().regex(/^\d+\.\d+\.\d+(\+[0-9a-z.]+)?$/),
    created: z.iso.datetime(),
    licenses: z.array(z.object({ name: z.string(), path: z.string(), title: z.string() })).min(1),
    sources: z.array(z.object({ title: z.string(), path: z.string().optional() })).min(1),
    contributors: z.array(z.object({ title: z.string(), role: z.string() })).optional(),
    resources: z.array(resourceSchema).min(1),
  })
  .superRefine((p, ctx) => {
    const byName = new Map(p.resources.map((r) => [r.name, r]));
    if (byName.size !== p.resources.length) ctx.addIssue({ code: "custom", message: "resource names repeat" });
    for (const r of p.resources) {
      if (r.profile === "tabular-data-resource" && !r.schema)
        ctx.addIssue({ code: "custom", message: `${r.name}: tabular resource without schema` });
      if ((r.profile === "tabular-data-resource") !== (r.format === "csv"))
        ctx.addIssue({ code: "custom", message: `${r.name}: only the CSV files are tabular resources` });
      if (r.format === "csv" && !r.dialect)
        ctx.addIssue({ code: "custom", message: `${r.name}: CSV without a dialect` });
      for (const fk of r.schema?.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource);
        if (!target?.schema)
          ctx.addIssue({
            code: "custom",
            message: `${r.name}: foreign key to unknown resource ${fk.reference.resource}`,
          });
        else
          for (const f of fk.reference.fields)
            if (!target.schema.fields.some((x) => x.name === f))
              ctx.addIssue({
                code: "custom",
                message: `${r.name}: foreign key to unknown field ${fk.reference.resource}.${f}`,
              });
      }
    }
  });

export type DataPackage = z.infer<typeof dataPackageSchema>;
type Resource = z.infer<typeof resourceSchema>;

const TYPE: Record<ColumnType, (typeof FIELD_TYPES)[number]> = {
  VARCHAR: "string",
  INTEGER: "integer",
  BIGINT: "integer",
  DOUBLE: "number",
  BOOLEAN: "boolean",
  DATE: "date",
  TIMESTAMP: "datetime",
  JSON: "object",
};

export function tableSchema(t: TableDef, resourceOf: (table: string) => string) {
  const keys = foreignKeys(t).map((fk) => ({
    fields: [fk.column],
    reference: { resource: resourceOf(fk.table), fields: [fk.field] },
  }));
  return {
    fields: t.columns.map((c) => ({
      name: c.name,
      type: TYPE[c.type],
      description: c.description + (c.codes ? ` Codes: code list \`${c.codes}\` in the codebook.` : ""),
      constraints: { required: !c.nullable },
    })),
    // A key that may hold NULL cannot be a Frictionless primary key; the codebook states it.
    ...(t.nullableKey ? {} : { primaryKey: [...t.key] }),
    ...(keys.length ? { foreignKeys: keys } : {}),
    // An empty field is NULL in every file. No published text is an empty string (blank lines and
    // items without text are NULL; the export refuses ""), so readers that cannot tell `""` from an
    // empty field read the exact values. `missingValues: []` is no way out: the v1
    // tabular-data-resource profile requires at least one item.
    missingValues: [""],
  };
}

/** How exportTables.ts writes every CSV (DuckDB's COPY ends lines with LF; the test checks it). */
export const CSV_DIALECT = {
  delimiter: ",",
  quoteChar: '"',
  doubleQuote: true,
  lineTerminator: "\n",
  skipInitialSpace: false,
  header: true,
} as const;

export interface PackageFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** The package name; an existing folder whose datapackage.json carries it is an earlier export. */
export const PACKAGE_NAME = "finsam-compare";

export function buildDataPackage(opts: {
  tables: readonly TableDef[];
  files: PackageFile[];
  created: string;
  dataVersion: string;
  documents: { title: string; source_file: string }[];
}): DataPackage {
  const file = (path: string) => opts.files.find((f) => f.path === path);
  const resources: Resource[] = [];
  const described = (path: string, r: Omit<Resource, "path" | "bytes" | "hash">): Resource => {
    const f = file(path);
    if (!f) throw new Error(`datapackage: ${path} was not written`);
    return { ...r, path, bytes: f.bytes, hash: `sha256:${f.sha256}` };
  };
  for (const t of opts.tables) {
    resources.push(
      described(`${t.name}.csv`, {
        name: t.name,
        title: t.summarySv,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        description: t.description,
        dialect: CSV_DIALECT,
        schema: tableSchema(t, (x) => x),
      }),
    );
  }
  for (const t of opts.tables) {
    resources.push(
      described(`${t.name}.parquet`, {
        name: `${t.name}-parquet`,
        profile: "data-resource",
        format: "parquet",
        mediatype: "application/vnd.apache.parquet",
        description: `${t.description} (Parquet; same rows and types as ${t.name}.csv).`,
      }),
    );
  }
  for (const [path, name, format, mediatype, description] of [
    [
      "provenance.csv",
      "provenance",
      "csv",
      "text/csv",
      "Every fact row → its document, line and the text of that line.",
    ],
    [
      "finsam.xlsx",
      "workbook",
      "xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "All tables in one workbook for spreadsheet users, with a README sheet.",
    ],
    [
      "finsam.duckdb",
      "duckdb",
      "duckdb",
      "application/octet-stream",
      "The warehouse itself (DuckDB database file), including load_run.",
    ],
    ["codebook.md", "codebook", "md", "text/markdown", "Every table, column and code."],
    ["CITATION.cff", "citation", "cff", "application/yaml", "How to cite this version."],
  ] as const) {
    resources.push(
      described(path, {
        name,
        profile: name === "provenance" ? "tabular-data-resource" : "data-resource",
        format,
        mediatype,
        description,
        ...(name === "provenance" ? { encoding: "utf-8", dialect: CSV_DIALECT, schema: PROVENANCE_SCHEMA } : {}),
      }),
    );
  }
  const pkg: DataPackage = {
    profile: "data-package",
    name: PACKAGE_NAME,
    title: "finsam-compare: Swedish samordningsförbund (Finsam) figures from annual reports and minutes",
    description:
      "Participants, exit outcomes, finances, members, interventions and decisions of Swedish coordination federations (samordningsförbund), extracted from their published PDFs with the document and line of every figure. Hive-partitioned Parquet copies of the fact tables are under by-federation/<table>/federation_id=…/year=…/.",
    version: `${SCHEMA_VERSION}+${opts.dataVersion}`,
    created: opts.created,
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0",
      },
    ],
    sources: opts.documents.map((d) => ({ title: `${d.title} (${d.source_file})` })),
    contributors: [{ title: "finsam-compare contributors", role: "author" }],
    resources,
  };
  return dataPackageSchema.parse(pkg);
}

export const PROVENANCE_SCHEMA = {
  fields: [
    {
      name: "table_name",
      type: "string" as const,
      description: "The table the fact is in.",
      constraints: { required: true },
    },
    {
      name: "fact_key",
      type: "string" as const,
      description: "The fact's key columns as `column=value` pairs joined by `; `.",
      constraints: { required: true },
    },
    {
      name: "document_id",
      type: "string" as const,
      description: "The document the fact was read from.",
      constraints: { required: true },
    },
    {
      name: "source_line",
      type: "integer" as const,
      description: "1-based line in the document's extracted text.",
      constraints: { required: false },
    },
    {
      name: "source_text",
      type: "string" as const,
      description: "The text of that line; NULL for registry facts and for a blank line.",
      constraints: { required: false },
    },
  ],
  missingValues: [""],
};
