/**
 * Attacks on the static server (loaders/serve.ts): a malformed URL must not kill it, raw
 * `..` paths and symlinks must not leave dist/ (not even into a sibling `dist-secret/`), only
 * GET and HEAD are served, every answer carries the security headers, and a bad PORT or a
 * port in use gives one clear line. Requests are sent with raw paths, as `curl --path-as-is`.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Server as NetServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, createSiteServer, routeRequest } from "../../loaders/site/siteServer.ts";
import { ROOT } from "../helpers.ts";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with the path exactly as given (no normalisation, no re-encoding). */
function send(port: number, method: string, path: string): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", fail);
    req.end();
  });
}

let base: string;
let dist: string;
let port: number;
let server: ReturnType<typeof createSiteServer>;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "finsam-serve-"));
  dist = join(base, "dist");
  mkdirSync(join(dist, "forbund"), { recursive: true });
  mkdirSync(join(dist, "data"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!DOCTYPE html><p>Översikt</p>");
  writeFileSync(join(dist, "forbund", "kalmar.html"), "<p>Kalmar</p>");
  writeFileSync(join(dist, "data", "finsam.xlsx"), "PK");
  writeFileSync(join(dist, "data", "CITATION.cff"), "cff-version: 1.2.0\n");
  writeFileSync(join(dist, "data", "codebook.md"), "# Kodbok\n");
  writeFileSync(join(dist, "data", "SHA256SUMS"), "0  a.csv\n");
  // A sibling whose name starts like the root, and a symlink from inside dist/ to it.
  mkdirSync(join(base, "dist-secret"));
  writeFileSync(join(base, "dist-secret", "x.txt"), "secret");
  writeFileSync(join(base, "outside.txt"), "outside");
  symlinkSync(join(base, "dist-secret"), join(dist, "link-dir"));
  symlinkSync(join(base, "outside.txt"), join(dist, "link.txt"));
  mkdirSync(join(base, "dist", "data.tmp-12345"));
  writeFileSync(join(base, "dist", "data.tmp-12345", "half.csv"), "a\n");
  server = createSiteServer(dist);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((ok) => server?.close(ok));
  rmSync(base, { recursive: true, force: true });
});

describe("the site server", () => {
  it("answers a malformed URL with 400 and keeps serving", async () => {
    expect((await send(port, "GET", "/%E0%A4%A")).status).toBe(400);
    expect((await send(port, "GET", "/%")).status).toBe(400);
    expect((await send(port, "GET", "/a%00b")).status).toBe(400);
    const after = await send(port, "GET", "/");
    expect(after.status).toBe(200);
    expect(after.body).toContain("Översikt");
  });

  it("refuses raw `..` paths out of dist/ with 403, the sibling dist-secret/ included", async () => {
    for (const path of [
      "/../dist-secret/x.txt",
      "/../outside.txt",
      "/%2e%2e/dist-secret/x.txt",
      "/data/..%2f..%2fdist-secret%2fx.txt",
      "/../../../../etc/passwd",
    ]) {
      const reply = await send(port, "GET", path);
      expect(reply.status, path).toBe(403);
      expect(reply.body, path).not.toContain("secret");
    }
  });

  it("does not follow a symlink out of dist/", async () => {
    for (const path of ["/link.txt", "/link-dir/x.txt"]) {
      const reply = await send(port, "GET", path);
      expect(reply.status, path).toBe(403);
      expect(reply.body, path).not.toMatch(/secret|outside/);
    }
  });

  it("does not serve an interrupted export's temporary folder", async () => {
    expect((await send(port, "GET", "/data.tmp-12345/half.csv")).status).toBe(404);
  });

  it("serves only GET and HEAD (405 with Allow otherwise)", async () => {
    for (const method of ["POST", "DELETE", "PUT", "PATCH", "OPTIONS"]) {
      const reply = await send(port, method, "/index.html");
      expect(reply.status, method).toBe(405);
      expect(reply.headers.allow, method).toBe("GET, HEAD");
      expect(reply.body, method).not.toContain("Översikt");
    }
  });

  it("answers HEAD with the headers only", async () => {
    const get = await send(port, "GET", "/forbund/kalmar");
    const head = await send(port, "HEAD", "/forbund/kalmar");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect(head.headers["content-type"]).toBe(get.headers["content-type"]);
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(get.body)));
  });

  it("sends the security headers on every answer", async () => {
    for (const [method, path] of [
      ["GET", "/"],
      ["GET", "/finns-inte"],
      ["GET", "/%E0%A4%A"],
      ["GET", "/../dist-secret/x.txt"],
      ["POST", "/"],
      ["HEAD", "/"],
    ] as const) {
      const { headers } = await send(port, method, path);
      expect(headers["content-security-policy"], `${method} ${path}`).toBe(CONTENT_SECURITY_POLICY);
      expect(headers["x-content-type-options"], `${method} ${path}`).toBe("nosniff");
      expect(headers["referrer-policy"], `${method} ${path}`).toBe("no-referrer");
      expect(headers["x-frame-options"], `${method} ${path}`).toBe("DENY");
    }
    // Framework's pages run inline module scripts; nothing may come from another origin.
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });

  it("gives the export's files their content types", async () => {
    const type = async (path: string) => (await send(port, "GET", path)).headers["content-type"];
    expect(await type("/")).toBe("text/html; charset=utf-8");
    expect(await type("/data/finsam.xlsx")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(await type("/data/CITATION.cff")).toBe("text/plain; charset=utf-8");
    expect(await type("/data/codebook.md")).toBe("text/markdown; charset=utf-8");
    expect(await type("/data/SHA256SUMS")).toBe("text/plain; charset=utf-8");
  });

  it("routes without touching the network: the same answers as a function", () => {
    expect(routeRequest(dist, "GET", "/%E0%A4%A").status).toBe(400);
    expect(routeRequest(dist, "GET", "/../dist-secret/x.txt").status).toBe(403);
    expect(routeRequest(dist, "DELETE", "/").headers.allow).toBe("GET, HEAD");
    expect(routeRequest(dist, "GET", "/forbund/kalmar").file).toBe(join(dist, "forbund", "kalmar.html"));
    expect(routeRequest(dist, "GET", "/finns-inte").status).toBe(404);
  });
});

/** Run `tsx loaders/serve.ts` with the given env until it prints its address or exits. */
function runServe(
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string; stop: () => void }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, ["--import", "tsx", "loaders/serve.ts"], {
      cwd: ROOT,
      env: { ...process.env, FINSAM_SITE_OUT: dist, ...env },
      stdio: "pipe",
    });
    let stdout = "";
    let stderr = "";
    const stop = () => child.kill();
    child.stdout.on("data", (d: Buffer) => {
      stdout += String(d);
      if (stdout.includes("http://")) ok({ code: null, stdout, stderr, stop });
    });
    child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
    child.on("exit", (code) => ok({ code, stdout, stderr, stop }));
  });
}

describe("serve.ts as a process", () => {
  it("survives a malformed URL and still serves (PORT=0 picks a free port)", async () => {
    const run = await runServe({ PORT: "0" });
    try {
      const port = Number(/:(\d+)\//.exec(run.stdout)?.[1]);
      expect(port).toBeGreaterThan(0);
      expect((await send(port, "GET", "/%E0%A4%A")).status).toBe(400);
      expect((await send(port, "GET", "/../dist-secret/x.txt")).status).toBe(403);
      expect((await send(port, "GET", "/")).status).toBe(200);
    } finally {
      run.stop();
    }
  });

  it("PORT=abc: one clear line and exit 1, no stack trace", async () => {
    const run = await runServe({ PORT: "abc" });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/PORT must be a whole number.*"abc"/);
  });

  it("a port in use: one clear line and exit 1, no stack trace", async () => {
    const busy: NetServer = createNetServer();
    await new Promise<void>((ok) => busy.listen(0, "127.0.0.1", ok));
    try {
      const taken = (busy.address() as AddressInfo).port;
      const run = await runServe({ PORT: String(taken) });
      run.stop();
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toContain(`port ${taken} on 127.0.0.1 is already in use`);
    } finally {
      await new Promise((ok) => busy.close(ok));
    }
  });
});
