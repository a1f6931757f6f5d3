/**
 * The published schema (v1) as code: every table, its key, its columns with types,
 * descriptions and code lists. The DDL, the bulk load, the codebook and the site's
 * column labels are all generated from this one definition.
 */
export const SCHEMA_VERSION = "1.0.0";

export type ColumnType = "VARCHAR" | "INTEGER" | "BIGINT" | "DOUBLE" | "BOOLEAN" | "DATE" | "TIMESTAMP" | "JSON";

export interface ColumnDef {
  name: string;
  type: ColumnType;
  description: string;
  /** Name of the code list in loaders/reference/codes.ts (`allCodeLists`). */
  codes?: string;
  nullable?: boolean;
  /**
   * How DuckDB compresses the column, chosen ahead (`USING COMPRESSION`) instead of by trying
   * every method on each segment: storage only, the values and the table's definition as read
   * back are the same.
   */
  compression?: "dictionary";
}

export interface TableDef {
  name: string;
  /** One Swedish sentence for the site and the Excel README sheet; `description` is the codebook's English. */
  summarySv: string;
  description: string;
  key: readonly string[];
  /** Key columns that may be NULL (enforced by the loader, not a PRIMARY KEY). */
  nullableKey?: boolean;
  columns: readonly ColumnDef[];
}

// `as const satisfies`: checked against TableDef, yet every name, type and nullable flag stays
// a literal, so each table's row type below is derived from this one definition.
const prov = [
  {
    name: "document_id",
    type: "VARCHAR",
    description: "The document the figure was read from (`document.document_id`), or `registry/<federation_id>`.",
  },
  {
    name: "source_line",
    type: "INTEGER",
    description: "1-based line in the document's extracted text (`document_line.line`).",
  },
  {
    name: "obtained",
    type: "VARCHAR",
    description:
      "How the figure was obtained: read by a parser from the PDF's text layer, from OCR text or from a text file; typed by a person (`curated`, with `curation_reason`); or from the registry.",
    codes: "obtained",
  },
  {
    name: "curation_reason",
    type: "VARCHAR",
    description: 'For a curated figure, the person\'s stated reason (e.g. "Läst från rad 24"); NULL otherwise.',
    nullable: true,
  },
] as const satisfies readonly ColumnDef[];
const approximate = {
  name: "approximate",
  type: "BOOLEAN",
  description: "True where the source hedges (ca, cirka, drygt, ungefär, knappt, över).",
} as const satisfies ColumnDef;
const confirmedBy = {
  name: "confirmed_by",
  type: "VARCHAR",
  description:
    "Sums of the source document that must agree, include this figure and hold, comma-separated: `gender_sum`, `table_total`, `breakdown_sum`, `exit_outcomes_sum`, `operating_result`, `result`, `equity_roll`, `contributions_sum`, `quoted_rate` (each described under data_quality's `identity.<name>`), `restated` (the same figure on another line). NULL where none did. A figure that contradicts one is not stored.",
  nullable: true,
} as const satisfies ColumnDef;

export const TABLES = [
  {
    name: "federation",
    summarySv: "Samordningsförbunden, ett per rad.",
    description: "One row per samordningsförbund.",
    key: ["federation_id"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "Slug id, e.g. `kalmar`." },
      { name: "name", type: "VARCHAR", description: "Official name." },
      { name: "county", type: "VARCHAR", description: "County (län) the federation covers." },
      { name: "website", type: "VARCHAR", description: "Website, where recorded.", nullable: true },
    ],
  },
  {
    name: "member",
    summarySv:
      "Förbundens medlemmar (kommuner, region, Försäkringskassan, Arbetsförmedlingen) med medlemsperioder; statens gemensamma medel som medlemmen <förbund>/state.",
    description:
      "Members of each federation, with membership periods. Includes the pseudo-member `<federation>/state` for the joint FK/AF state grant.",
    key: ["member_id"],
    columns: [
      { name: "member_id", type: "VARCHAR", description: "`<federation_id>/<slug of short name>`." },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "name", type: "VARCHAR", description: "The member's name." },
      { name: "member_type", type: "VARCHAR", description: "Kind of member.", codes: "member_type" },
      { name: "joined_on", type: "DATE", description: "Date the membership began, where known.", nullable: true },
      { name: "left_on", type: "DATE", description: "Date the member left (utträde), where decided.", nullable: true },
      {
        name: "left_approximate",
        type: "BOOLEAN",
        description: "True where left_on is a month-only date stored as the first of the month.",
      },
      ...prov,
    ],
  },
  {
    name: "document",
    summarySv: "Källdokumenten (årsredovisningar och protokoll) som de publicerats, med kontrollsumma.",
    description: "Every source document, exactly as published, with its checksum.",
    key: ["document_id"],
    columns: [
      {
        name: "document_id",
        type: "VARCHAR",
        description: "`<federation_id>/<date>-<kind>` for minutes, `<federation_id>/<year>-annual-report` for reports.",
      },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "kind", type: "VARCHAR", description: "Kind of document.", codes: "document_kind" },
      { name: "date", type: "DATE", description: "Meeting date (minutes) or signing date (reports)." },
      { name: "period_year", type: "INTEGER", description: "Year the document reports on." },
      { name: "title", type: "VARCHAR", description: "Title." },
      { name: "source_file", type: "VARCHAR", description: "Path under data/sources/." },
      { name: "sha256", type: "VARCHAR", description: "SHA-256 of the source file." },
      {
        name: "text_source",
        type: "VARCHAR",
        description:
          "Where the lines in `document_line` come from: the PDF's text layer, OCR of a scanned PDF (its text kept beside the source with its own sha256), or a plain-text copy.",
        codes: "text_source",
      },
    ],
  },
  {
    name: "document_line",
    summarySv: "Varje rad i varje dokuments utlästa text, så att varje siffra kan visas i sitt sammanhang.",
    description: "Every line of every document's extracted text, so any figure can be shown in context.",
    key: ["document_id", "line"],
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The document." },
      { name: "line", type: "INTEGER", description: "1-based line number." },
      {
        name: "text",
        type: "VARCHAR",
        description:
          "The line's text as extracted; NULL for a blank line (which keeps its row, so line numbers stay those of the document).",
        nullable: true,
        // Millions of lines at national scale, and DuckDB's analysis of every method for each
        // segment cost a fifth of their insert; dictionary is what it chose anyway (75x15: the
        // same 89.4 MB file, the insert 2.6–3.0 s CPU -> 2.3 s).
        compression: "dictionary",
      },
    ],
  },
  {
    name: "intervention",
    summarySv: "Insatser och projekt som förbunden finansierar.",
    description: "Interventions (insatser) and projects a federation funds.",
    key: ["intervention_id"],
    columns: [
      {
        name: "intervention_id",
        type: "VARCHAR",
        description: "`<federation_id>/<slug of short name>`; one id whatever spelling a document uses.",
      },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "name", type: "VARCHAR", description: "Name." },
      { name: "kind", type: "VARCHAR", description: "Kind of intervention.", codes: "intervention_kind" },
      { name: "started_on", type: "DATE", description: "Start date where a document states it.", nullable: true },
    ],
  },
  {
    name: "intervention_member",
    summarySv: "Vilka medlemmars områden en insats tjänar, och andelen som används för att fördela den mellan dem.",
    description:
      "Which members' areas an intervention serves, and the share used to split it between them: proportional to the members' contributions in the latest year with contributions (equal shares where none are known).",
    key: ["intervention_id", "member_id"],
    columns: [
      { name: "intervention_id", type: "VARCHAR", description: "The intervention." },
      { name: "member_id", type: "VARCHAR", description: "A member whose area the intervention serves." },
      {
        name: "share",
        type: "DOUBLE",
        description: "Share (0–1) of the intervention attributed to the member; shares of one intervention sum to 1.",
      },
    ],
  },
  {
    name: "participant_count",
    summarySv: "Antal deltagare per insats (eller hela förbundet), år, mått och kön.",
    description:
      "Participant counts per intervention (or the whole federation, intervention_id NULL), year, measure and gender.",
    key: ["federation_id", "intervention_id", "year", "measure", "gender"],
    nullableKey: true,
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      {
        name: "intervention_id",
        type: "VARCHAR",
        description: "The intervention; NULL for whole-federation figures.",
        nullable: true,
      },
      { name: "year", type: "INTEGER", description: "Year the figure describes." },
      { name: "measure", type: "VARCHAR", description: "What is counted.", codes: "measure" },
      { name: "gender", type: "VARCHAR", description: "Gender, `all` for totals.", codes: "gender" },
      { name: "value", type: "INTEGER", description: "The count." },
      approximate,
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "participant_breakdown",
    summarySv:
      "Deltagare fördelade efter ålder, utbildning, remittent, tid i offentlig försörjning, försörjning och avslut, för en angiven population.",
    description:
      "Participants broken down by a dimension (age, education, referrer, time in public support, income source, exit destination), for a stated population.",
    key: ["federation_id", "intervention_id", "year", "population", "dimension", "category"],
    nullableKey: true,
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      {
        name: "intervention_id",
        type: "VARCHAR",
        description: "The intervention; NULL for whole-federation figures.",
        nullable: true,
      },
      { name: "year", type: "INTEGER", description: "Year." },
      {
        name: "population",
        type: "VARCHAR",
        description: "Whom the breakdown counts (stated by the source, or inferred from its sum: see data_quality).",
        codes: "population",
      },
      { name: "dimension", type: "VARCHAR", description: "The dimension.", codes: "dimension" },
      {
        name: "category",
        type: "VARCHAR",
        description: "Category code of the dimension (see the code list of that dimension).",
      },
      { name: "value", type: "INTEGER", description: "Count of participants." },
      {
        name: "source_label",
        type: "VARCHAR",
        description: "The document's label(s); several source rows summed into one category are joined with ' + '.",
      },
      approximate,
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "finance",
    summarySv:
      "Ekonomi per förbund, år och underlag (utfall eller budget): intäkter, kostnader, resultat, eget kapital.",
    description:
      "Money and other financial figures per federation, year and basis. Money in whole SEK (`amount_sek`); non-money items (staff_fte) in `value`.",
    key: ["federation_id", "year", "basis", "item"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "year", type: "INTEGER", description: "Year." },
      { name: "basis", type: "VARCHAR", description: "Actual or budget.", codes: "finance_basis" },
      {
        name: "item",
        type: "VARCHAR",
        description:
          "Finance item code, or `cost_line:`/`revenue_line:`/`receivable:`/`liability:<slug>` for individual lines.",
        codes: "finance_item",
      },
      { name: "amount_sek", type: "BIGINT", description: "Amount in whole kronor (costs positive).", nullable: true },
      { name: "value", type: "DOUBLE", description: "Value of non-money items (e.g. staff in FTE).", nullable: true },
      { name: "source_label", type: "VARCHAR", description: "The document's label." },
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "member_contribution",
    summarySv: "Vad varje medlem betalade (eller budgeterades betala) till förbundet ett år.",
    description: "What each member paid (or was budgeted to pay) the federation in a year.",
    key: ["federation_id", "year", "basis", "member_id"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "year", type: "INTEGER", description: "Year." },
      { name: "basis", type: "VARCHAR", description: "Actual or budget.", codes: "finance_basis" },
      { name: "member_id", type: "VARCHAR", description: "The member (the state grant is `<federation>/state`)." },
      { name: "amount_sek", type: "BIGINT", description: "Amount in whole kronor." },
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "intervention_funding",
    summarySv: "Budget och utfall för varje insats per år.",
    description: "Budget and actual funding of each intervention per year.",
    key: ["intervention_id", "year"],
    columns: [
      { name: "intervention_id", type: "VARCHAR", description: "The intervention." },
      { name: "year", type: "INTEGER", description: "Year." },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      {
        name: "budget_sek",
        type: "BIGINT",
        description: "Budget in whole kronor; NULL where the source gives none (e.g. funded from a shared pot).",
        nullable: true,
      },
      {
        name: "actual_sek",
        type: "BIGINT",
        description: "Actual (requisitioned) funding in whole kronor.",
        nullable: true,
      },
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "meeting",
    summarySv: "Styrelsens och arbetsutskottets sammanträden (ur protokollen).",
    description: "Board and committee meetings (from minutes).",
    key: ["document_id"],
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The minutes." },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "body", type: "VARCHAR", description: "Which body met.", codes: "decision_body" },
      { name: "date", type: "DATE", description: "Meeting date." },
      { name: "start_time", type: "VARCHAR", description: "Start time (HH:MM).", nullable: true },
      { name: "end_time", type: "VARCHAR", description: "End time (HH:MM).", nullable: true },
      { name: "place", type: "VARCHAR", description: "Place.", nullable: true },
    ],
  },
  {
    name: "attendance",
    summarySv: "Vilka som deltog i ett sammanträde, för vilken medlem och i vilken roll.",
    description: "Who attended a meeting, for which member, in which role.",
    key: ["document_id", "person"],
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The minutes." },
      { name: "person", type: "VARCHAR", description: "Name as written (public record: members acting in office)." },
      {
        name: "member_id",
        type: "VARCHAR",
        description: "The member party represented; NULL for officials.",
        nullable: true,
      },
      { name: "role", type: "VARCHAR", description: "Role.", codes: "attendance_role" },
      { name: "serving", type: "BOOLEAN", description: "Whether the person served (tjänstgjorde).", nullable: true },
      { name: "note", type: "VARCHAR", description: "Partial attendance and other remarks.", nullable: true },
    ],
  },
  {
    name: "decision",
    summarySv: "Protokollens ärenden och vad som beslutades.",
    description: "Agenda items of minutes and what was decided.",
    key: ["document_id", "item_ref"],
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The minutes." },
      { name: "item_ref", type: "VARCHAR", description: "`§<n>`, `§<n>:<k>`, `§<n>#2` for a repeated number." },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "meeting_date", type: "DATE", description: "Meeting date." },
      { name: "body", type: "VARCHAR", description: "Deciding body.", codes: "decision_body" },
      { name: "category", type: "VARCHAR", description: "Kind of item.", codes: "decision_category" },
      { name: "decision_ref", type: "VARCHAR", description: "The document's own decision reference.", nullable: true },
      { name: "title", type: "VARCHAR", description: "Item title." },
      { name: "outcome", type: "VARCHAR", description: "Outcome.", codes: "decision_outcome" },
      { name: "amount_sek", type: "BIGINT", description: "Amount decided, whole kronor.", nullable: true },
      approximate,
      { name: "recipient", type: "VARCHAR", description: "Recipient as written.", nullable: true },
      {
        name: "recipient_member_id",
        type: "VARCHAR",
        description: "Recipient as member, where it is one.",
        nullable: true,
      },
      { name: "intervention_id", type: "VARCHAR", description: "Intervention concerned.", nullable: true },
      { name: "period_start", type: "DATE", description: "Start of the period decided.", nullable: true },
      { name: "period_end", type: "DATE", description: "End of the period decided.", nullable: true },
      {
        name: "reservations",
        type: "VARCHAR",
        description: "Comma-separated names of those who reserved themselves.",
        nullable: true,
      },
      {
        name: "text",
        type: "VARCHAR",
        description: "Decision text; NULL when the item records none (a heading only, e.g. an information item).",
        nullable: true,
      },
      {
        name: "source_line",
        type: "INTEGER",
        description: "Line of the decision text; of the item heading when the item records no decision.",
      },
    ],
  },
  {
    name: "allocation",
    summarySv: "Medel och budgetramar som beslutats i protokollen.",
    description: "Grants and budget frame lines decided in minutes.",
    // A grant split by year ("År 2025 …", "År 2026 …") is one row per year for the same item and recipient.
    key: ["document_id", "item_ref", "recipient", "year"],
    nullableKey: true,
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The minutes." },
      { name: "item_ref", type: "VARCHAR", description: "The agenda item." },
      { name: "recipient", type: "VARCHAR", description: "Recipient as written." },
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "year", type: "INTEGER", description: "Year the money is for.", nullable: true },
      { name: "purpose", type: "VARCHAR", description: "Purpose.", nullable: true },
      { name: "amount_sek", type: "BIGINT", description: "Amount in whole kronor." },
      approximate,
      { name: "recipient_member_id", type: "VARCHAR", description: "Recipient as member.", nullable: true },
      { name: "intervention_id", type: "VARCHAR", description: "Intervention funded.", nullable: true },
      { name: "period_start", type: "DATE", description: "Start of period.", nullable: true },
      { name: "period_end", type: "DATE", description: "End of period.", nullable: true },
      { name: "decision_ref", type: "VARCHAR", description: "Decision reference.", nullable: true },
      { name: "source_line", type: "INTEGER", description: "Line the amount was read from." },
    ],
  },
  {
    name: "goal",
    summarySv: "Verksamhetsplanens mål med målvärde, utfall och förbundets egen bedömning.",
    description: "Goals of the plan of operations with target, outcome and the federation's own assessment.",
    key: ["federation_id", "year", "indicator"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "year", type: "INTEGER", description: "Year the goal applies to." },
      { name: "indicator", type: "VARCHAR", description: "Short English id of what the goal measures." },
      { name: "level", type: "VARCHAR", description: "Goal level (målområde).", codes: "goal_level" },
      { name: "goal_text", type: "VARCHAR", description: "The goal as written." },
      { name: "target", type: "DOUBLE", description: "Numeric target, where there is one.", nullable: true },
      { name: "outcome", type: "DOUBLE", description: "Numeric outcome, where there is one.", nullable: true },
      { name: "unit", type: "VARCHAR", description: "Unit of target and outcome.", codes: "unit" },
      {
        name: "assessment",
        type: "VARCHAR",
        description: "The federation's own assessment as written.",
        nullable: true,
      },
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "indicator",
    summarySv:
      "Övriga rapporterade mått: enkätresultat, samhällsekonomisk beräkning, andelar som förbunden redovisar dem, projektresultat.",
    description:
      "Reported metrics without a table of their own: survey results, the socio-economic estimate and its parameters, rates as reported, project results.",
    key: ["federation_id", "year", "scope", "indicator", "gender"],
    columns: [
      { name: "federation_id", type: "VARCHAR", description: "The federation." },
      { name: "year", type: "INTEGER", description: "Year." },
      {
        name: "scope",
        type: "VARCHAR",
        description: "`federation`, `intervention:<intervention_id>` or `project:<slug>`.",
      },
      { name: "indicator", type: "VARCHAR", description: "Short English id." },
      { name: "gender", type: "VARCHAR", description: "`all` unless the figure is for one gender.", codes: "gender" },
      { name: "value", type: "DOUBLE", description: "The value." },
      { name: "unit", type: "VARCHAR", description: "Unit.", codes: "unit" },
      { name: "n", type: "INTEGER", description: "Denominator or respondents, where stated.", nullable: true },
      approximate,
      { name: "note", type: "VARCHAR", description: "What the figure is, in words.", nullable: true },
      confirmedBy,
      ...prov,
    ],
  },
  {
    name: "data_quality",
    summarySv:
      "Avvikelser: siffror som inte stämmer överens, celler som inte kunde läsas, slutsatser som dragits. Båda värdena och båda källraderna sparas.",
    description:
      "Findings: figures that disagree, cells that could not be read, inferences made. Both values and both source lines are kept.",
    key: ["check_id", "subject", "document_id", "source_line"],
    columns: [
      { name: "check_id", type: "VARCHAR", description: "Which check produced the finding." },
      {
        name: "subject",
        type: "VARCHAR",
        description: "What the finding is about, e.g. `participant_count:kalmar/vagknuten:2024:enrolled`.",
      },
      {
        name: "document_id",
        type: "VARCHAR",
        description: "Document of the value kept (or the one that could not be read).",
      },
      { name: "source_line", type: "INTEGER", description: "Its line." },
      { name: "severity", type: "VARCHAR", description: "Severity.", codes: "severity" },
      { name: "federation_id", type: "VARCHAR", description: "The federation.", nullable: true },
      { name: "year", type: "INTEGER", description: "Year concerned.", nullable: true },
      { name: "value", type: "VARCHAR", description: "The value kept or found.", nullable: true },
      { name: "other_value", type: "VARCHAR", description: "The value it disagrees with.", nullable: true },
      { name: "other_document_id", type: "VARCHAR", description: "Document of the other value.", nullable: true },
      { name: "other_source_line", type: "INTEGER", description: "Line of the other value.", nullable: true },
      { name: "message", type: "VARCHAR", description: "What was found, in words (English, with details)." },
      {
        name: "message_sv",
        type: "VARCHAR",
        description:
          "The finding in Swedish, for people: the check's Swedish name (code list quality_check), the value found and what it disagrees with, with their lines. The check itself is `check_id`.",
      },
    ],
  },
  {
    name: "coverage",
    summarySv: "Vad varje tolkare letade efter i varje dokument och om det fanns där.",
    description:
      "Added in v1: what each parser looked for in each document and whether it was there (`parsed`, `partial`, `missing`, `image_only`).",
    key: ["document_id", "section"],
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The document." },
      { name: "section", type: "VARCHAR", description: "Section or parser." },
      { name: "status", type: "VARCHAR", description: "parsed, partial, missing or image_only." },
      { name: "source_line", type: "INTEGER", description: "Where the section starts.", nullable: true },
      { name: "facts", type: "INTEGER", description: "Facts extracted from it." },
      { name: "note", type: "VARCHAR", description: "Details.", nullable: true },
    ],
  },
  {
    name: "core_coverage",
    summarySv:
      "Vilka av kärnuppgifterna (deltagare, avslut, andel till arbete eller studier, ekonomi, medlemsbidrag) varje årsredovisning gav.",
    description:
      "Which core figures each annual report yielded (loaders/reference/coreFigures.ts): whole-federation participants (enrolled all/women/men, new, exited), exit destinations, the headline rate, finance items per year column, and each paying member's contribution.",
    key: ["document_id", "figure"],
    columns: [
      { name: "document_id", type: "VARCHAR", description: "The annual report." },
      {
        name: "figure",
        type: "VARCHAR",
        description:
          "The core figure: `participant_count:<measure>:<gender>`, `participant_breakdown:exited:exit_outcome`, `indicator:headline_rate`, `finance:<item>:<year>` or `member_contribution:<member_id>`.",
      },
      { name: "label", type: "VARCHAR", description: "The figure in Swedish." },
      { name: "year", type: "INTEGER", description: "The year the figure is for." },
      {
        name: "status",
        type: "VARCHAR",
        description:
          "`found` (a parser read it), `curated` (typed by a person from the cited line: see the fact's `obtained` and `curation_reason`) or `missing` (neither; the curated template lists it).",
      },
      {
        name: "source_line",
        type: "INTEGER",
        description: "Line of the fact that gave it (the parser's, else the curated one); NULL when missing.",
        nullable: true,
      },
    ],
  },
  {
    name: "load_run",
    summarySv: "En rad per bygge av lagret: när, från vilka indata, med vilken kod.",
    description: "One row per warehouse build: when, from which inputs, with which code.",
    key: ["run_id"],
    columns: [
      { name: "run_id", type: "VARCHAR", description: "Hash of the inputs and code version." },
      { name: "started_at", type: "TIMESTAMP", description: "Start of the load." },
      { name: "finished_at", type: "TIMESTAMP", description: "End of the load." },
      { name: "code_version", type: "VARCHAR", description: "Package version and git commit of the loader." },
      {
        name: "input_sha256",
        type: "VARCHAR",
        description:
          "SHA-256 over all input files in a fixed order: the registries, the manifest and the curated files by their bytes, each source and extraction file by its own SHA-256.",
      },
      { name: "row_counts", type: "JSON", description: "Rows per table." },
      {
        name: "partial",
        type: "BOOLEAN",
        description:
          "True when inputs were rejected and the warehouse was swapped in anyway (`load --accept-partial`); the site build and the export refuse it unless told.",
      },
      {
        name: "rejected_inputs",
        type: "INTEGER",
        description: "Number of inputs rejected by this load (listed in `data_quality` with check `input.rejected`).",
      },
    ],
  },
] as const satisfies readonly TableDef[];

export type TableName = (typeof TABLES)[number]["name"];
type TableOf<N extends TableName> = Extract<(typeof TABLES)[number], { name: N }>;
type ColumnOf<N extends TableName> = TableOf<N>["columns"][number];

/** The TypeScript type of a column's values: DuckDB type → JS value, `| null` where nullable. */
type ValueOf<C extends ColumnDef> =
  | (C["type"] extends "INTEGER" | "BIGINT" | "DOUBLE" ? number : C["type"] extends "BOOLEAN" ? boolean : string)
  | (C extends { nullable: true } ? null : never);

/** One row of table N as the loader writes it: a property per column of tables.ts. */
export type RowOf<N extends TableName> = { [C in ColumnOf<N> as C["name"]]: ValueOf<C> };

/** Rows per table, as normalisation hands them to the loader. */
export type Rows = { [N in TableName]?: RowOf<N>[] };

export function tableDef(name: string): TableDef {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`unknown table ${name}`);
  return t;
}

/** The table's key as SQL, or null for a key that may hold NULL (no PRIMARY KEY then). */
const primaryKey = (t: TableDef) => (t.nullableKey ? null : `PRIMARY KEY (${t.key.map((k) => `"${k}"`).join(", ")})`);

/** CREATE TABLE for `t`; without its PRIMARY KEY when `withKey` is false (see `addPrimaryKey`). */
export function ddl(t: TableDef, withKey = true): string {
  const cols = t.columns.map(
    (c) =>
      `  "${c.name}" ${c.type}${c.nullable ? "" : " NOT NULL"}${c.compression ? ` USING COMPRESSION ${c.compression}` : ""}`,
  );
  const key = primaryKey(t);
  if (key && withKey) cols.push(`  ${key}`);
  return `CREATE TABLE "${t.name}" (\n${cols.join(",\n")}\n);`;
}

/**
 * The PRIMARY KEY of a table created without it, or null: DuckDB builds the key's index once
 * over the loaded rows (and refuses a repeated key), cheaper than updating it row by row while
 * a bulk insert runs. The table's definition ends up the same as `ddl(t)`'s.
 */
export function addPrimaryKey(t: TableDef): string | null {
  const key = primaryKey(t);
  return key ? `ALTER TABLE "${t.name}" ADD ${key};` : null;
}

/**
 * Foreign keys, by the schema's naming rule: a `federation_id`, `intervention_id` or
 * `*member_id` column points at its table's id; `document_id` does so in the tables whose rows
 * always come from a document (fact tables may also cite `registry/<federation_id>`).
 */
const DOCUMENT_TABLES = new Set([
  "document_line",
  "meeting",
  "attendance",
  "decision",
  "allocation",
  "coverage",
  "core_coverage",
]);
export function foreignKeys(t: TableDef): { column: string; table: string; field: string }[] {
  const out: { column: string; table: string; field: string }[] = [];
  for (const c of t.columns) {
    if (c.name === "federation_id" && t.name !== "federation")
      out.push({ column: c.name, table: "federation", field: "federation_id" });
    else if (c.name === "intervention_id" && t.name !== "intervention")
      out.push({ column: c.name, table: "intervention", field: "intervention_id" });
    else if ((c.name === "member_id" || c.name === "recipient_member_id") && t.name !== "member")
      out.push({ column: c.name, table: "member", field: "member_id" });
    else if (c.name === "document_id" && DOCUMENT_TABLES.has(t.name))
      out.push({ column: c.name, table: "document", field: "document_id" });
  }
  return out;
}
