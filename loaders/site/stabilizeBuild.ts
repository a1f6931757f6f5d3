/**
 * Framework stamps every data file a page registers with the build time's mtime
 * ("lastModified"), so two builds of the same warehouse would differ. The pages never read it;
 * set it to 0 so the same inputs give a byte-identical site.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function stabilizeBuild(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) changed += stabilizeBuild(path);
    else if (name.endsWith(".html")) {
      const html = readFileSync(path, "utf8");
      const fixed = html.replace(/"lastModified":\d+/g, '"lastModified":0');
      if (fixed !== html) {
        writeFileSync(path, fixed);
        changed++;
      }
    }
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`)
  stabilizeBuild(process.argv[2] ?? (process.env.FINSAM_SITE_OUT || "dist"));
