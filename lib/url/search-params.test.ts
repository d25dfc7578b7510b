import { describe, expect, it } from "vitest";
import { applySearchChanges } from "./search-params";

describe("applySearchChanges", () => {
  it("sets, replaces and keeps keys", () => {
    expect(applySearchChanges("?list=a&sort=domain", { sort: "-primary", q: "news" })).toBe(
      "?list=a&sort=-primary&q=news",
    );
  });

  it("removes keys whose value is null, undefined or empty", () => {
    expect(applySearchChanges("?a=1&b=2&c=3", { a: null, b: undefined, c: "" })).toBe("");
  });

  it("encodes values", () => {
    expect(applySearchChanges("", { q: "a b&c" })).toBe("?q=a+b%26c");
  });
});
