/** Serve the built site (dist/) on 127.0.0.1:3000, or PORT. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { createSiteServer, parsePort } from "./site/siteServer.ts";

function fail(message: string): never {
  process.stderr.write(`finsam: ${message}\n`);
  process.exit(1);
}

const root = resolve(process.env.FINSAM_SITE_OUT || "dist");
const port = parsePort(process.env.PORT);
if (port === undefined) fail(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}"`);
if (!existsSync(root)) fail(`${root} is missing; run \`npm run build\` first`);

const server = createSiteServer(root);
server.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EADDRINUSE")
    fail(`port ${port} on 127.0.0.1 is already in use; stop the other server or choose another with PORT=…`);
  if (err.code === "EACCES") fail(`no permission to listen on port ${port}; choose a port above 1023 with PORT=…`);
  fail(`cannot serve on port ${port}: ${err.message}`);
});
server.listen(port, "127.0.0.1", () =>
  process.stdout.write(`finsam-compare: http://127.0.0.1:${(server.address() as AddressInfo).port}/\n`),
);
