import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// The entry step decides whether `npm run demo` / `npm test` must install node_modules first.
const script = path.resolve(import.meta.dirname, "deps.mjs");
let dir: string;

function run(...args: string[]): string {
  return execFileSync(process.execPath, [script, ...args], { cwd: dir, encoding: "utf8" }).trim();
}

describe("entry step: node_modules fresh, stale or missing", () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "entry-deps-"));
    writeFileSync(path.join(dir, "package-lock.json"), '{"lockfileVersion":3,"packages":{}}\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("a fresh clone without node_modules is missing", () => {
    expect(run("--status")).toBe("missing");
  });

  it("node_modules not installed by npm (no recorded lock hash) is stale", () => {
    mkdirSync(path.join(dir, "node_modules"));
    expect(run("--status")).toBe("stale");
  });

  it("after an install recorded the lock hash (npm ci's postinstall) it is fresh", () => {
    mkdirSync(path.join(dir, "node_modules"));
    run("--record");
    expect(run("--status")).toBe("fresh");
  });

  it("a changed package-lock.json (a pull that added a dependency) makes it stale again", () => {
    mkdirSync(path.join(dir, "node_modules"));
    run("--record");
    writeFileSync(
      path.join(dir, "package-lock.json"),
      '{"lockfileVersion":3,"packages":{"x":{}}}\n',
    );
    expect(run("--status")).toBe("stale");
  });

  it("recording without node_modules creates nothing (postinstall of a failed install)", () => {
    run("--record");
    expect(run("--status")).toBe("missing");
  });
});
