// normalizeDomain / normalizeDomains: expected values are written from the rules, not the code.
import { describe, expect, it } from "vitest";
import { normalizeDomain, normalizeDomains } from "./domain";

describe("normalizeDomain accepts", () => {
  it.each([
    ["example.com", "example.com"],
    ["  example.com  ", "example.com"],
    ["https://example.com", "example.com"],
    ["http://example.com/", "example.com"],
    ["https://www.example.com/some/path?q=1#top", "example.com"],
    ["www.example.com", "example.com"],
    ["EXAMPLE.COM", "example.com"],
    ["Sub.Example.co.uk", "sub.example.co.uk"],
    ["example.com.", "example.com"],
    ["example.com/path", "example.com"],
    ["example.com:8080/path", "example.com"],
    ["https://example.com:443/x", "example.com"],
    ["//example.com/x", "example.com"],
    ["bücher.de", "xn--bcher-kva.de"],
    ["https://www.BÜCHER.de/", "xn--bcher-kva.de"],
    ["xn--bcher-kva.de", "xn--bcher-kva.de"],
    ["my-site.example", "my-site.example"],
    ["www.com", "www.com"],
    [`${"a".repeat(63)}.com`, `${"a".repeat(63)}.com`],
  ])("%s → %s", (input, domain) => {
    expect(normalizeDomain(input)).toEqual({ ok: true, domain });
  });
});

describe("normalizeDomain rejects, with a reason", () => {
  it.each([
    ["", /enter a domain/i],
    ["   ", /enter a domain/i],
    ["http://", /no domain/i],
    ["https:///path", /no domain/i],
    ["a..b", /empty label/i],
    [".example.com", /empty label/i],
    [`${"a".repeat(64)}.com`, /63/],
    [`${"abcdefghi.".repeat(26)}com`, /253/], // 263 characters
    ["javascript:alert(1)", /not a web address/i],
    ["ftp://example.com", /only http and https/i],
    ["mailto:me@example.com", /not a web address/i],
    ["foo@bar.com", /not an email address/i],
    ["https://user:pass@example.com/x", /not an email address or a login/i],
    ["localhost", /top-level domain/i],
    ["localhost:3000", /top-level domain/i],
    ["1.2.3.4", /IP address/i],
    ["http://1.2.3.4:8080/", /IP address/i],
    ["http://[::1]/", /IP address/i],
    ["exa_mple.com", /invalid character/i],
    ["exa mple.com", /has a space in it/i],
    ["exa\tmple.com", /has a space in it/i],
    ["https://exa mple.com/x", /has a space in it/i],
    ["-example.com", /hyphen/i],
    ["example-.com", /hyphen/i],
    ["example.123", /numeric/i],
  ])("%j", (input, reason) => {
    const result = normalizeDomain(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe("normalizeDomains", () => {
  it("dedupes in order, counts duplicates, reports rejects and ignores blank lines", () => {
    expect(
      normalizeDomains([
        "https://www.b.com/x",
        "a.com",
        "",
        "B.com",
        "not a domain",
        "a.com.",
        "localhost",
      ]),
    ).toEqual({
      accepted: ["b.com", "a.com"],
      rejected: [
        { input: "not a domain", reason: expect.any(String), line: 5 },
        { input: "localhost", reason: expect.any(String), line: 7 },
      ],
      duplicates: 2,
    });
  });
});

describe("refusals name what to fix", () => {
  it("an email address is refused whole, never read as the domain after the @", () => {
    const r = normalizeDomain("foo@bar.com");
    expect(r).toEqual({ ok: false, reason: expect.stringContaining("enter the site's domain") });
  });
  it("a line with a space is refused whole, not kept as the part after the space", () => {
    const r = normalizeDomains(["exa mple.com"]);
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toEqual([
      { input: "exa mple.com", reason: expect.stringMatching(/space.*own line/), line: 1 },
    ]);
  });
});
