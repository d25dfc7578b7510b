// An href built from outside data (SE Ranking rows, ranking URLs, mail) goes through the one
// check in lib/url/web-url.ts: only http(s) becomes a link. Such links open in a new tab, so
// this scan keeps a new page from linking a raw value: a file in app/ or components/ that opens
// a link in a new tab must take its href from webHref.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

function tsxUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".tsx"))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe("external links", () => {
  it("every page that opens a link in a new tab checks it with webHref", () => {
    const files = [...tsxUnder("app"), ...tsxUnder("components")];
    const opening = files.filter((f) =>
      readFileSync(path.join(ROOT, f), "utf8").includes('target="_blank"'),
    );
    expect(opening.length).toBeGreaterThan(0);
    const unchecked = opening.filter(
      (f) => !readFileSync(path.join(ROOT, f), "utf8").includes("webHref("),
    );
    expect(unchecked).toEqual([]);
  });
});
