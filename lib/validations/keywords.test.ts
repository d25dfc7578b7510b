import { describe, expect, it } from "vitest";
import {
  addKeywordsSchema,
  createProjectSchema,
  historyQuerySchema,
  KEYWORD_MAX_LENGTH,
  parseKeywordLines,
  updateKeywordSchema,
} from "./keywords";

describe("parseKeywordLines", () => {
  it("trims, collapses spaces, skips blank lines and rejects case-insensitive duplicates", () => {
    const text = "  seo tools \n\n\r\nSEO   Tools\nrank  tracker\n   \nseo tools\n";
    expect(parseKeywordLines(text)).toEqual({
      accepted: ["seo tools", "rank tracker"],
      rejected: [
        { line: 4, text: "SEO Tools", reason: "Duplicate of line 1" },
        { line: 7, text: "seo tools", reason: "Duplicate of line 1" },
      ],
    });
  });

  it("rejects lines that are too long, too wordy or not words, with the reason", () => {
    const long = "k".repeat(KEYWORD_MAX_LENGTH + 1);
    const wordy = Array.from({ length: 11 }, (_, i) => `w${i}`).join(" ");
    const { accepted, rejected } = parseKeywordLines(`${long}\n${wordy}\n---\nok keyword`);
    expect(accepted).toEqual(["ok keyword"]);
    expect(rejected.map((r) => [r.line, r.reason])).toEqual([
      [1, `Longer than ${KEYWORD_MAX_LENGTH} characters`],
      [2, "More than 10 words"],
      [3, "Not a keyword: use letters or digits"],
    ]);
  });

  it("keeps accents and other scripts", () => {
    expect(parseKeywordLines("café crème\nキーワード").accepted).toEqual([
      "café crème",
      "キーワード",
    ]);
  });
});

describe("keyword schemas", () => {
  it("normalises the domain and defaults the location", () => {
    expect(
      createProjectSchema.parse({ domain: "https://www.Example.com/path", searchEngine: "bing" }),
    ).toEqual({
      domain: "example.com",
      searchEngine: "bing",
      location: "United States",
      scheduleEnabled: true,
    });
  });

  it("says what to fix", () => {
    const r = createProjectSchema.safeParse({ domain: "not a domain", searchEngine: "ask" });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages.some((m) => m.startsWith("domain: Enter a domain like example.com"))).toBe(
      true,
    );
    expect(messages).toContain("searchEngine: Choose Google, Bing or Yahoo");
  });

  it("parses comma-separated tags, lower-cased and de-duplicated", () => {
    expect(
      addKeywordsSchema.parse({ text: "a", tags: " Brand, money pages ,brand," }).tags,
    ).toEqual(["brand", "money pages"]);
    expect(addKeywordsSchema.safeParse({ text: "a", tags: "=cmd()" }).success).toBe(false);
  });

  it("limits a history comparison to 10 keywords", () => {
    const ids = Array.from({ length: 11 }, () => crypto.randomUUID()).join(",");
    expect(historyQuerySchema.safeParse({ keywordIds: ids }).success).toBe(false);
  });
});

describe("updateKeywordSchema (edit tags form and PATCH route)", () => {
  it("takes the form's comma-separated text or an array, cleaned and de-duplicated", () => {
    expect(updateKeywordSchema.parse({ tags: " Brand, money  pages,brand ," }).tags).toEqual([
      "brand",
      "money pages",
    ]);
    expect(updateKeywordSchema.parse({ tags: ["a", "A"] }).tags).toEqual(["a"]);
  });

  it("allows clearing every tag", () => {
    expect(updateKeywordSchema.parse({ tags: "" }).tags).toEqual([]);
  });

  it("rejects bad tags and a missing list with a message", () => {
    expect(updateKeywordSchema.safeParse({ tags: "ok, <script>" }).success).toBe(false);
    expect(updateKeywordSchema.safeParse({}).success).toBe(false);
    const many = Array.from({ length: 11 }, (_, i) => `t${i}`).join(",");
    expect(updateKeywordSchema.safeParse({ tags: many }).error?.issues[0]?.message).toBe(
      "At most 10 tags",
    );
  });
});
