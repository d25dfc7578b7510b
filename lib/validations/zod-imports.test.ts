// The schemas in this folder reach the browser: each must take `z` from zod-config.ts, which
// makes the browser parse without `new Function` (the page CSP has no 'unsafe-eval', so Chrome
// reports zod's probe as a violation) and ships only the zod members the schemas use.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.join(process.cwd(), "lib/validations");
const GATEWAYS = new Set(["zod-config.ts", "zod-members.ts"]);

describe("lib/validations imports zod only through zod-config", () => {
  it("no schema file imports zod's own module", () => {
    const offenders = readdirSync(DIR)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !GATEWAYS.has(f))
      .filter((f) => /from\s+["']zod(\/[^"']*)?["']/.test(readFileSync(path.join(DIR, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});
