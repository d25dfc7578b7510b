import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-origin paths with their query and hash", () => {
    expect(safeRedirectPath("/acme/keywords?sort=rank#top")).toBe("/acme/keywords?sort=rank#top");
    expect(safeRedirectPath("/invite/abc")).toBe("/invite/abc");
  });

  // Each of these sends a browser off-site when used as a Location or router target.
  it.each([
    ["backslash after the slash", "/\\evil.test/"],
    ["tab after the slash", "/\t/evil.test/"],
    ["newline after the slash", "/\n/evil.test"],
    ["protocol-relative", "//evil.test"],
    ["absolute http", "http://evil.test/"],
    ["absolute https", "https://evil.test/x"],
    ["javascript", "javascript:alert(1)"],
    ["encoded nothing: empty", ""],
    ["no leading slash", "evil.test"],
  ])("refuses %s", (_name, raw) => {
    expect(safeRedirectPath(raw)).toBe("/");
  });

  it("refuses undefined and null", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(null)).toBe("/");
  });
});
