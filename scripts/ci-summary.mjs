// Sums the test counts that vitest and Playwright printed in a CI log into one closing line.
import { readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

const text = stripVTControlCharacters(readFileSync(process.argv[2], "utf8"));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split("\n")) {
  const vitest = line.match(/^\s*Tests\s+(.*)\(\d+\)\s*$/);
  const playwright = line.match(/^\s+(\d+) (passed|failed|skipped|flaky)( \(.*\))?\s*$/);
  if (vitest) {
    passed += Number(vitest[1].match(/(\d+) passed/)?.[1] ?? 0);
    failed += Number(vitest[1].match(/(\d+) failed/)?.[1] ?? 0);
    skipped += Number(vitest[1].match(/(\d+) skipped/)?.[1] ?? 0);
  } else if (playwright) {
    const n = Number(playwright[1]);
    if (playwright[2] === "passed" || playwright[2] === "flaky") passed += n;
    else if (playwright[2] === "failed") failed += n;
    else skipped += n;
  }
}
console.log(`ci: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
