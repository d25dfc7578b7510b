import { describe, expect, it } from "vitest";
import { gapOutcome } from "./gap-outcome";

const list = (position: number, target: string, error: string | null = null) => ({
  position,
  target,
  error,
});

describe("gapOutcome", () => {
  it("is done when every list was fetched", () => {
    expect(gapOutcome("me.com", [list(0, "me.com"), list(1, "a.com")])).toEqual({
      status: "done",
      error: null,
    });
  });

  it("fails without your own list: nothing could be left out", () => {
    const o = gapOutcome("me.com", [list(0, "me.com", "SE Ranking refused"), list(1, "a.com")]);
    expect(o.status).toBe("failed");
    expect(o.error).toContain("me.com");
  });

  it("is done without some competitors, naming them; fails without all of them", () => {
    const some = gapOutcome("me.com", [list(0, "me.com"), list(1, "a.com", "x"), list(2, "b.com")]);
    expect(some).toMatchObject({ status: "done" });
    expect(some.error).toContain("a.com (x)");
    expect(gapOutcome("me.com", [list(0, "me.com"), list(1, "a.com", "x")]).status).toBe("failed");
  });
});
