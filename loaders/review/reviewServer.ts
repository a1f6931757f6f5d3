/**
 * `finsam review <document-id>`: a local page on which a person completes a report's missing
 * core figures. It listens on 127.0.0.1 only, on a random port, and answers only requests that
 * carry this run's random token (and name this host), with the site's security headers. It
 * serves its one page and four JSON endpoints, nothing else: no file from disk is ever served.
 * The session holds the curated file's lock, so a second writer (another review, `curate`) is
 * refused while it runs.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import type { Paths } from "../config/paths.ts";
import { SECURITY_HEADERS } from "../site/siteServer.ts";
import { CurateError } from "./curatedEntry.ts";
import { lockCurated } from "./curatedFile.ts";
import { checkSums } from "./liveSums.ts";
import { applySettings, entriesFor, openDocument, type ReviewDocument } from "./reviewDocument.ts";
import { renderReviewPage } from "./reviewPage.ts";
import { candidateLine, reviewState } from "./reviewState.ts";

const figureKind = z.enum([
  "participant_count",
  "participant_breakdown",
  "indicator",
  "finance",
  "member_contribution",
]);

/** A request body larger than this is refused: a page posts a few settings. */
const MAX_BODY = 64 * 1024;

const settingsBody = z.strictObject({
  /** The curated file's hash the page was built from. */
  curatedSha256: z.string().max(80),
  settings: z
    .array(
      z.strictObject({
        figure: z.string().max(200),
        value: z.string().max(100),
        line: z.number().int().positive(),
        reason: z.string().max(500).optional(),
      }),
    )
    .max(200),
});

export interface ReviewSession {
  url: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export interface ReviewOptions {
  port?: number;
  /** Runs the load after a save, when the person asks (the CLI passes buildWarehouse). */
  load: () => Promise<string>;
}

/** Constant-time token comparison. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    "content-type": type,
    "cache-control": "no-store",
    "content-length": String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), "application/json; charset=utf-8");
const text = (res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}) =>
  send(res, status, `${message}\n`, "text/plain; charset=utf-8", extra);

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new CurateError(`request body over ${MAX_BODY} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new CurateError("the request body is not JSON");
  }
}

/** Start the review of one document; resolves when it listens. */
export async function startReview(paths: Paths, documentId: string, options: ReviewOptions): Promise<ReviewSession> {
  const first = await openDocument(paths, documentId);
  const unlock = await lockCurated(first.curatedFile);
  const token = randomBytes(24).toString("base64url");
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://127.0.0.1");
    } catch {
      return text(res, 400, "bad request");
    }
    // Only this host and port: a page elsewhere cannot reach it by rebinding a name to 127.0.0.1.
    if (req.headers.host !== `127.0.0.1:${port}`) return text(res, 403, "forbidden");
    const given = url.searchParams.get("token") ?? req.headers["x-review-token"];
    if (!tokenMatches(token, Array.isArray(given) ? given[0] : given)) return text(res, 403, "forbidden");
    const route = `${req.method} ${url.pathname}`;
    const methods: Record<string, string[]> = {
      "/": ["GET"],
      "/state": ["GET"],
      "/line": ["GET"],
      "/check": ["POST"],
      "/save": ["POST"],
      "/load": ["POST"],
    };
    const allowed = methods[url.pathname];
    if (!allowed) return text(res, 404, "not found");
    if (!allowed.includes(req.method ?? "")) return text(res, 405, "method not allowed", { allow: allowed.join(", ") });
    try {
      switch (route) {
        case "GET /":
          return send(res, 200, renderReviewPage(documentId), "text/html; charset=utf-8");
        case "GET /state":
          return json(res, 200, reviewState(await openDocument(paths, documentId)));
        case "GET /line": {
          // One line's numbers, in the unit of the chosen figure: any line can be a candidate.
          const d = await openDocument(paths, documentId);
          const n = Number(url.searchParams.get("n"));
          const kind = figureKind.safeParse(url.searchParams.get("kind"));
          if (!Number.isInteger(n) || n < 1 || n > d.lines.length || !kind.success)
            return json(res, 400, { error: "ogiltig rad" });
          return json(res, 200, candidateLine(d.lines, n, kind.data));
        }
        case "POST /check": {
          const body = settingsBody.parse(await readBody(req));
          const d = await openDocument(paths, documentId);
          return json(res, 200, checkSettings(d, body.settings));
        }
        case "POST /save": {
          const body = settingsBody.parse(await readBody(req));
          const d = await openDocument(paths, documentId);
          if (d.curated.sha256 !== body.curatedSha256)
            return json(res, 409, {
              error: "Filen med manuella uppgifter har ändrats sedan sidan laddades. Ladda om sidan; inget sparades.",
            });
          const { file, entries } = await applySettings(d, body.settings);
          return json(res, 200, { saved: entries.length, file: file.slice(paths.root.length + 1) });
        }
        case "POST /load":
          return json(res, 200, { message: await options.load() });
      }
    } catch (err) {
      if (err instanceof z.ZodError) return json(res, 400, { error: "ogiltig begäran" });
      if (err instanceof CurateError) return json(res, 422, { error: err.message });
      return json(res, 500, { error: (err as Error).message.split("\n")[0] });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) text(res, 500, "internal error");
    });
  });
  // A port in use: the curated file's lock is given back, not left for the next writer to find.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  }).catch(async (err: unknown) => {
    await unlock();
    throw err;
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    server,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await unlock();
    },
  };
}

/** Each setting's fact or its error, and the sums with the settings applied before the document's own facts. */
export function checkSettings(
  d: ReviewDocument,
  settings: readonly { figure: string; value: string; line: number; reason?: string }[],
) {
  const results = settings.map((s) => {
    try {
      const [entry] = entriesFor(d, [s]);
      return { figure: s.figure, ok: true as const, fact: entry!.fact };
    } catch (err) {
      return { figure: s.figure, ok: false as const, error: (err as Error).message };
    }
  });
  const pending = results.flatMap((r) => (r.ok ? [r.fact] : []));
  const facts = [...pending, ...d.curatedFacts.map((c) => c.fact), ...d.extraction.facts];
  return { results, sums: checkSums(facts, d.entry.period_year) };
}
