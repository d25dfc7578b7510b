import { describe, expect, it } from "vitest";
import { walkOffset } from "./keyword-positions";
import { callJson, control, isEnvelope, setupSimulator, TEST_DATE } from "./test-helpers";
import { type KeywordCheckRow, keywordCheckFor, positionFor } from "./universe";

const sim = setupSimulator();
const PATH = "/keywords/check/";
const KEYWORDS = Array.from({ length: 200 }, (_, i) => `keyword ${i}`);

function nextDay(date: string, days = 1): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function check(
  domain: string,
  keywords: string[],
  engine = "google",
  location = "United States",
) {
  return callJson<KeywordCheckRow[]>(sim(), PATH, {
    body: { domain, keywords, search_engine: engine, location_name: location },
  });
}

describe("POST /keywords/check/", () => {
  it("answers keyword, position, url, volume per keyword, equal to keywordCheckFor()", async () => {
    const { status, body } = await check("example.com", KEYWORDS.slice(0, 50), "bing", "Germany");
    expect(status).toBe(200);
    expect(body).toEqual(
      keywordCheckFor("example.com", KEYWORDS.slice(0, 50), "bing", "Germany", TEST_DATE),
    );
    expect(Object.keys(body[0]!)).toEqual(["keyword", "position", "url", "volume"]);
  });

  it("gives 1..100 or null (beyond 100 or never ranked), and a url only when ranked", async () => {
    const { body } = await check("example.com", KEYWORDS);
    for (const row of body) {
      if (row.position === null) expect(row.url).toBeNull();
      else {
        expect(row.position).toBeGreaterThanOrEqual(1);
        expect(row.position).toBeLessThanOrEqual(100);
        expect(row.url).toMatch(/^https:\/\/example\.com\//);
      }
      expect(Number.isInteger(row.volume) && row.volume > 0).toBe(true);
    }
    const nulls = body.filter((r) => r.position === null).length;
    expect(nulls).toBeGreaterThan(10);
    expect(nulls).toBeLessThan(150);
  });

  it("never ranks keywords containing 'unranked' nor anything for empty-example.com", async () => {
    const marked = await check("example.com", ["unranked widgets", "UNRANKED"]);
    expect(marked.body.map((r) => r.position)).toEqual([null, null]);
    const empty = await check("empty-example.com", KEYWORDS.slice(0, 20));
    expect(empty.body.every((r) => r.position === null && r.url === null)).toBe(true);
  });

  it("drifts day to day: some positions change, none jumps far", async () => {
    const day1 = await check("example.com", KEYWORDS);
    await control(sim(), "clock", "POST", { date: nextDay(TEST_DATE) });
    const day2 = await check("example.com", KEYWORDS);
    await control(sim(), "clock", "POST", { date: TEST_DATE });
    let changed = 0;
    day1.body.forEach((row, i) => {
      const other = day2.body[i]!.position;
      if (row.position === null || other === null) return;
      expect(Math.abs(row.position - other)).toBeLessThanOrEqual(4);
      if (row.position !== other) changed++;
    });
    expect(changed).toBeGreaterThan(5);
    expect(day2.body).toEqual(
      keywordCheckFor("example.com", KEYWORDS, "google", undefined, nextDay(TEST_DATE)),
    );
  });

  it("walks like a random walk: bounded daily steps over a whole year", () => {
    for (const seed of [1, 42, 99_999]) {
      let previous = walkOffset(seed, 20_000);
      for (let day = 20_001; day < 20_365; day++) {
        const value = walkOffset(seed, day);
        expect(Math.abs(value - previous)).toBeLessThanOrEqual(3);
        previous = value;
      }
    }
  });

  it("is deterministic per (domain, keyword, engine, location, date)", () => {
    const input = {
      domain: "example.com",
      keyword: "seo",
      searchEngine: "yahoo" as const,
      date: "2026-01-01",
    };
    expect(positionFor(input)).toEqual(
      positionFor({ ...input, domain: "https://www.Example.com/" }),
    );
  });

  it.each([
    ["missing domain", { keywords: ["a"], search_engine: "google" }],
    ["no keywords", { domain: "example.com", keywords: [], search_engine: "google" }],
    ["bad engine", { domain: "example.com", keywords: ["a"], search_engine: "duckduckgo" }],
    ["missing engine", { domain: "example.com", keywords: ["a"] }],
    ["non-JSON", "domain=example.com"],
  ])("rejects %s with 400", async (_name, body) => {
    const res = await callJson(sim(), PATH, { body });
    expect(res.status).toBe(400);
    expect(isEnvelope(res.body, 400)).toBe(true);
  });
});
