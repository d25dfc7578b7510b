import { describe, expect, it } from "vitest";
import { describeBulkResult } from "./bulk-summary";

const base = { matched: 3, ignored: [], ignoredCount: 0 };

describe("describeBulkResult", () => {
  it("says how many moved and how many the target already held", () => {
    expect(
      describeBulkResult(
        { ...base, action: "move", moved: 2, alreadyThere: 1 },
        { targetName: "Guest posts" },
      ),
    ).toBe('Moved 2 prospects to "Guest posts"; 1 was already there (merged).');
    expect(describeBulkResult({ ...base, action: "move", moved: 1, alreadyThere: 0 })).toBe(
      "Moved 1 prospect.",
    );
  });

  it("names the tag and the rows left as they were", () => {
    expect(
      describeBulkResult(
        { ...base, action: "tag", changed: 2, unchanged: 1, tagLimit: 0 },
        { tag: "outreach" },
      ),
    ).toBe('Tagged "outreach" on 2 prospects; 1 already had it.');
    expect(
      describeBulkResult({ ...base, action: "untag", changed: 1, unchanged: 0 }, { tag: "x" }),
    ).toBe('Removed "x" from 1 prospect.');
  });

  it("reports deletions and selected domains that were not in the list", () => {
    expect(
      describeBulkResult({ ...base, action: "delete", deleted: 3, ignoredCount: 2, ignored: [] }),
    ).toBe("Deleted 3 prospects. 2 selected domains were not in this list (ignored).");
  });
});
