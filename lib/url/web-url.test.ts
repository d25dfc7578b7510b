import { describe, expect, it } from "vitest";
import { isWebUrl, webHref } from "./web-url";

describe("webHref", () => {
  it.each(["https://example.com/page?q=1", "http://example.com", "HTTPS://EXAMPLE.COM/"])(
    "links the web URL %j as it is",
    (url) => {
      expect(webHref(url)).toBe(url);
    },
  );

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "\u0000javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "ftp://example.com/file",
    "//evil.example/path",
    "/relative/path",
    "example.com/page",
    "https:evil.example",
    " https://example.com",
    "",
    null,
    undefined,
  ])("refuses %j", (url) => {
    expect(webHref(url)).toBeNull();
    expect(isWebUrl(url)).toBe(false);
  });
});
