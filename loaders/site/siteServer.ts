/**
 * The static server for the built site (dist/). `routeRequest` decides what a request gets
 * (status, headers, which file) from the method and the raw URL alone, so every attack is a
 * plain function call in the tests; `createSiteServer` only streams the answer.
 */
import { createReadStream, realpathSync, statSync, type Stats } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { basename, extname, join, resolve, sep } from "node:path";
import Negotiator from "negotiator";

/**
 * What Framework's built pages need, and nothing from elsewhere: each page's code is an inline
 * `<script type="module">` (and the sidebar an inline `<script>`), Plot and the page styles use
 * inline `style` attributes, the favicon and theme icons are `data:` URLs, and the chart
 * downloads draw an SVG `blob:` into a canvas. Everything else comes from the site itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
};

const TEXT = "text/plain; charset=utf-8";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": TEXT,
  ".md": "text/markdown; charset=utf-8",
  // CITATION.cff is YAML; as plain text a browser shows it instead of guessing.
  ".cff": TEXT,
  ".yaml": TEXT,
  ".yml": TEXT,
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".parquet": "application/vnd.apache.parquet",
  ".duckdb": "application/octet-stream",
};

/** Files without an extension that are text (the export's checksum list). */
const NAMED_TYPES: Readonly<Record<string, string>> = { SHA256SUMS: TEXT };

export function contentTypeOf(file: string): string {
  return NAMED_TYPES[basename(file)] ?? CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** PORT as a TCP port number (0 picks a free one), or undefined when it is not one. */
export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined || value === "") return 3000;
  if (!/^\d{1,5}$/.test(value.trim())) return undefined;
  const port = Number(value.trim());
  return port <= 65535 ? port : undefined;
}

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export interface Route {
  status: number;
  headers: Record<string, string>;
  /** The file to send (its real path inside the root), for status 200. */
  file?: string;
  /** A short plain-text body for errors. */
  body?: string;
}

/** True when `path` is `root` or lies below it; the separator keeps `dist-secret` out of `dist`. */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function plain(status: number, body: string, extra: Record<string, string> = {}): Route {
  return { status, headers: { ...SECURITY_HEADERS, "content-type": TEXT, ...extra }, body };
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * What a request gets. `root` must already be a real path (see `createSiteServer`). The raw
 * URL is decoded once; a malformed one is the client's error (400), never an exception.
 */
export function routeRequest(
  root: string,
  method: string | undefined,
  rawUrl: string | undefined,
  acceptEncoding?: string,
): Route {
  if (!ALLOWED_METHODS.includes(method as (typeof ALLOWED_METHODS)[number]))
    return plain(405, "Metoden stöds inte.", { allow: ALLOWED_METHODS.join(", ") });
  const raw = (rawUrl ?? "/").split(/[?#]/, 1)[0]!;
  if (!raw.startsWith("/")) return plain(400, "Felaktig adress.");
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return plain(400, "Felaktig adress.");
  }
  // A NUL byte makes every fs call throw; a backslash is a separator on some systems.
  if (path.includes("\0") || path.includes("\\")) return plain(400, "Felaktig adress.");
  const wanted = resolve(root, `.${path}`);
  if (!isInside(root, wanted)) return plain(403, "Åtkomst nekad.");
  // Dot files and an interrupted export's `<dir>.tmp-<pid>` folder are not part of the site.
  if (
    wanted
      .slice(root.length)
      .split(sep)
      .some((part) => part.startsWith(".") || /\.tmp-\d+$/.test(part))
  )
    return plain(404, "Sidan finns inte.");
  let file = wanted;
  const found = statOf(file);
  if (found?.isDirectory()) file = join(file, "index.html");
  else if (!found && statOf(`${file}.html`)) file = `${file}.html`;
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return plain(404, "Sidan finns inte.");
  }
  // A symlink inside dist/ must not lead out of it.
  if (!isInside(root, real)) return plain(403, "Åtkomst nekad.");
  const stat = statOf(real);
  if (!stat?.isFile()) return plain(404, "Sidan finns inte.");
  const headers: Record<string, string> = { ...SECURITY_HEADERS, "content-type": contentTypeOf(real) };
  const variants = precompressed(root, real, stat.mtimeMs);
  if (variants.length === 0)
    return { status: 200, headers: { ...headers, "content-length": String(stat.size) }, file: real };
  // The answer depends on Accept-Encoding, so caches must keep one copy per encoding.
  headers.vary = "Accept-Encoding";
  const available = [...variants.map((v) => v.encoding), "identity"];
  const chosen = chooseEncoding(new Negotiator({ headers: { "accept-encoding": acceptEncoding } }), available);
  const variant = variants.find((v) => v.encoding === chosen);
  if (variant) headers["content-encoding"] = variant.encoding;
  const sent = variant ?? { file: real, size: stat.size };
  return { status: 200, headers: { ...headers, "content-length": String(sent.size) }, file: sent.file };
}

/**
 * The client's best encoding among `available`; on equal q-values our order wins (brotli is
 * smaller), not the header's order. negotiator 1.x takes `preferred`; @types/negotiator
 * (0.6) does not know it yet.
 */
function chooseEncoding(negotiator: Negotiator, available: string[]): string | undefined {
  const encoding = negotiator.encoding as (
    this: Negotiator,
    available: readonly string[],
    options: { preferred: readonly string[] },
  ) => string | undefined;
  return encoding.call(negotiator, available, { preferred: available });
}

/** The build's precompressed copies (loaders/site/compressBuild.ts), best first. */
export const ENCODINGS = [
  { encoding: "br", suffix: ".br" },
  { encoding: "gzip", suffix: ".gz" },
] as const;

/**
 * The precompressed copies of `file` that are at least as new as it, so a file rewritten after
 * the build (the export replaces dist/data/) is never answered with an old copy; like the file
 * itself, a copy must really lie inside the root.
 */
function precompressed(root: string, file: string, mtimeMs: number) {
  const found: { encoding: string; file: string; size: number }[] = [];
  for (const { encoding, suffix } of ENCODINGS) {
    const stat = statOf(file + suffix);
    if (stat?.isFile() && stat.mtimeMs >= mtimeMs && isInside(root, realpathSync(file + suffix)))
      found.push({ encoding, file: file + suffix, size: stat.size });
  }
  return found;
}

function respond(root: string, req: IncomingMessage, res: ServerResponse): void {
  let route: Route;
  try {
    route = routeRequest(root, req.method, req.url, req.headers["accept-encoding"]);
  } catch {
    route = plain(500, "Serverfel.");
  }
  const body = route.body === undefined ? undefined : Buffer.from(route.body);
  if (body) route.headers["content-length"] = String(body.length);
  res.writeHead(route.status, route.headers);
  if (req.method === "HEAD" || !route.file) {
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const stream = createReadStream(route.file);
  // The file can vanish between stat and read (a rebuild); end this response, keep serving.
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** A server for the site in `dir` (not yet listening). */
export function createSiteServer(dir: string): Server {
  const root = realpathSync(dir);
  return createServer((req, res) => respond(root, req, res));
}
