import { describe, expect, it } from "vitest";
import { changeBetween } from "./rankings";

describe("changeBetween", () => {
  it("counts places gained as positive", () => {
    expect(changeBetween({ status: "ok", position: 12 }, { status: "ok", position: 7 })).toBe(5);
    expect(changeBetween({ status: "ok", position: 3 }, { status: "ok", position: 9 })).toBe(-6);
  });

  it("names entering and dropping out of the top 100", () => {
    expect(changeBetween({ status: "ok", position: null }, { status: "ok", position: 40 })).toBe(
      "entered",
    );
    expect(changeBetween({ status: "ok", position: 40 }, { status: "ok", position: null })).toBe(
      "dropped",
    );
  });

  it("never compares with a failed check or a missing one", () => {
    expect(changeBetween({ status: "failed", position: null }, { status: "ok", position: 4 })).toBe(
      null,
    );
    expect(changeBetween({ status: "ok", position: 4 }, { status: "failed", position: null })).toBe(
      null,
    );
    expect(changeBetween(null, { status: "ok", position: 4 })).toBe(null);
  });
});
