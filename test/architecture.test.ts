// Production code under lib/ must build without the test double or test fixtures: lib/ never
// imports simulator/ or test/, so a bundle or a worker can never pull them in by accident.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const TEST_FILE = /\.(int\.)?test\.tsx?$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

/** Every module a file imports (static, dynamic, type-only, side effect), as a root-relative path. */
function importsOf(file: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g),
    ...source.matchAll(/vi\.mock\(\s*["']([^"']+)["']/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((s) => {
    if (s.startsWith("@/")) return [s.slice(2)];
    if (s.startsWith(".")) return [path.relative(ROOT, path.resolve(ROOT, path.dirname(file), s))];
    return [];
  });
}

const under = (target: string, folder: string) =>
  target === folder || target.startsWith(`${folder}/`);

function offenders(files: string[], refused: string[]): string[] {
  return files.flatMap((file) =>
    importsOf(file, readFileSync(path.join(ROOT, file), "utf8"))
      .filter((target) => refused.some((folder) => under(target, folder)))
      .map((target) => `${file} → ${target}`),
  );
}

describe("lib/ stays free of the simulator and test fixtures", () => {
  const lib = filesUnder("lib");

  it("finds imports in every form it checks", () => {
    const source = `import a from "@/simulator/keys";\nimport type { B } from "../../../test/support/x";\nconst c = await import("./y");\nvi.mock("@/simulator/z");`;
    expect(importsOf("lib/a/b/file.ts", source)).toEqual([
      "simulator/keys",
      "test/support/x",
      "lib/a/b/y",
      "simulator/z",
    ]);
  });

  it("no production file under lib/ imports simulator/ or test/", () => {
    const production = lib.filter((f) => !TEST_FILE.test(f));
    expect(production.length).toBeGreaterThan(50);
    expect(offenders(production, ["simulator", "test"])).toEqual([]);
  });

  it("keeps its fixtures in test/support/, not beside production code", () => {
    const fixtures = lib.filter(
      (f) => !TEST_FILE.test(f) && /(^lib\/testing\/|fixture|test-helper)/.test(f),
    );
    expect(fixtures).toEqual([]);
  });

  it("no test under lib/ starts the simulator (its tests live in test/integration/)", () => {
    const tests = lib.filter((f) => TEST_FILE.test(f));
    expect(offenders(tests, ["simulator"])).toEqual([]);
  });
});
