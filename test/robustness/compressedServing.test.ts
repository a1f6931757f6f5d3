/**
 * Precompressed serving: the post-build step (loaders/site/compressBuild.ts) writes `.br` and
 * `.gz` copies of the site's text files, and the server (loaders/site/siteServer.ts) sends the
 * best one the client accepts, with Vary and the security headers, and the plain file when the
 * client accepts neither, when no copy was made, or when the copy is older than the file.
 */
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressBuild } from "../../loaders/site/compressBuild.ts";
import { SECURITY_HEADERS, createSiteServer, routeRequest } from "../../loaders/site/siteServer.ts";

let dir: string;
let dist: string;
const PAGE_DATA = JSON.stringify({
  rows: Array.from({ length: 400 }, (_, i) => ({ federation: `förbund ${i % 7}`, year: 2010 + (i % 15) })),
});

function get(
  port: number,
  path: string,
  acceptEncoding?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    const req = request({ host: "127.0.0.1", port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "finsam-compress-"));
  dist = join(dir, "dist");
  mkdirSync(join(dist, "_file", "data"), { recursive: true });
  writeFileSync(join(dist, "_file", "data", "warehouse.json"), PAGE_DATA);
  writeFileSync(join(dist, "small.json"), "{}");
  writeFileSync(join(dist, "picture.png"), Buffer.alloc(4096, 7));
  compressBuild(dist);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("compressBuild", () => {
  it("writes brotli and gzip copies that decompress to the file", () => {
    const file = join(dist, "_file", "data", "warehouse.json");
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(PAGE_DATA);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(PAGE_DATA);
  });

  it("leaves small files and files that are not text alone", () => {
    for (const name of ["small.json", "picture.png"])
      for (const suffix of [".br", ".gz"]) expect(existsSync(join(dist, name + suffix)), name + suffix).toBe(false);
  });

  it("gives byte-identical copies for the same site", () => {
    const other = join(dir, "again");
    mkdirSync(other);
    writeFileSync(join(other, "data.json"), PAGE_DATA);
    compressBuild(other);
    for (const suffix of [".br", ".gz"])
      expect(
        readFileSync(join(other, `data.json${suffix}`)).equals(
          readFileSync(join(dist, "_file", "data", `warehouse.json${suffix}`)),
        ),
      ).toBe(true);
  });
});

describe("the server sends the precompressed copies", () => {
  it("chooses brotli over gzip, gzip when only it is accepted, the plain file otherwise", () => {
    const path = "/_file/data/warehouse.json";
    const br = routeRequest(dist, "GET", path, "gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.file).toBe(join(dist, "_file", "data", "warehouse.json.br"));
    expect(br.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(routeRequest(dist, "GET", path, "gzip").headers["content-encoding"]).toBe("gzip");
    expect(routeRequest(dist, "GET", path, "br;q=0, gzip").headers["content-encoding"]).toBe("gzip");
    for (const accept of [undefined, "identity", "deflate"]) {
      const plain = routeRequest(dist, "GET", path, accept);
      expect(plain.headers["content-encoding"], String(accept)).toBeUndefined();
      expect(plain.file).toBe(join(dist, "_file", "data", "warehouse.json"));
      expect(plain.headers["content-length"]).toBe(String(Buffer.byteLength(PAGE_DATA)));
      // The answer still depends on the header, so caches must know.
      expect(plain.headers.vary).toBe("Accept-Encoding");
    }
  });

  it("sends no encoding and no Vary for a file without copies", () => {
    const route = routeRequest(dist, "GET", "/small.json", "br, gzip");
    expect(route.headers["content-encoding"]).toBeUndefined();
    expect(route.headers.vary).toBeUndefined();
  });

  it("does not follow a copy that is a symlink out of the site", () => {
    writeFileSync(join(dir, "secret.br"), "secret");
    writeFileSync(join(dist, "linked.json"), PAGE_DATA);
    symlinkSync(join(dir, "secret.br"), join(dist, "linked.json.br"));
    const route = routeRequest(dist, "GET", "/linked.json", "br");
    expect(route.headers["content-encoding"]).toBeUndefined();
    expect(route.file).toBe(join(dist, "linked.json"));
  });

  it("never answers with a copy older than the file (a file rewritten after the build)", () => {
    const file = join(dist, "_file", "data", "warehouse.json");
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    try {
      expect(
        routeRequest(dist, "GET", "/_file/data/warehouse.json", "br, gzip").headers["content-encoding"],
      ).toBeUndefined();
    } finally {
      const past = new Date(0);
      utimesSync(file, past, past);
    }
  });

  it("over HTTP: the body decodes to the file, with the security headers", async () => {
    const server = createSiteServer(dist);
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const port = (server.address() as AddressInfo).port;
    try {
      const br = await get(port, "/_file/data/warehouse.json", "br");
      expect(br.status).toBe(200);
      expect(br.headers["content-encoding"]).toBe("br");
      expect(br.headers.vary).toBe("Accept-Encoding");
      expect(Number(br.headers["content-length"])).toBe(br.body.length);
      expect(br.body.length).toBeLessThan(Buffer.byteLength(PAGE_DATA) / 4);
      expect(brotliDecompressSync(br.body).toString()).toBe(PAGE_DATA);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(br.headers[name], name).toBe(value);
      const plain = await get(port, "/_file/data/warehouse.json");
      expect(plain.headers["content-encoding"]).toBeUndefined();
      expect(plain.body.toString()).toBe(PAGE_DATA);
    } finally {
      await new Promise((ok) => server.close(ok));
    }
  });
});
