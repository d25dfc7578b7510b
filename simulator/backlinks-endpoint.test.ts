import { describe, expect, it } from "vitest";
import { call, callJson, isEnvelope, setupSimulator } from "./test-helpers";
import { type BacklinkSortKey, backlinksFor, summaryFor, type WireBacklink } from "./universe";

const sim = setupSimulator();
const DOMAIN = "example.com";

type Page = { backlinks: WireBacklink[]; total: number };

/** The test's own model of the list: generation order = stable tiebreak, then sort desc. */
function expectedOrder(
  domain: string,
  sortBy: BacklinkSortKey,
  dofollowOnly: boolean,
): WireBacklink[] {
  const rows = backlinksFor(domain)
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => !dofollowOnly || !row.nofollow);
  const key = (r: WireBacklink) => (sortBy === "first_seen" ? Date.parse(r.first_seen) : r[sortBy]);
  rows.sort((a, b) => key(b.row) - key(a.row) || a.index - b.index);
  return rows.map(({ row }) => row);
}

function listPath(params: Record<string, string | number>): string {
  const query = new URLSearchParams({ domain: DOMAIN, domain_type: "domain" });
  for (const [name, value] of Object.entries(params)) query.set(name, String(value));
  return `/research/backlinks/?${query}`;
}

describe("GET /research/backlinks/", () => {
  it("answers the spec's shape with the spec's defaults (limit 50, trust_flow)", async () => {
    const { status, body } = await callJson<Page>(sim(), listPath({}));
    expect(status).toBe(200);
    expect(body.total).toBe(summaryFor(DOMAIN).total_backlinks);
    expect(body.backlinks).toEqual(expectedOrder(DOMAIN, "trust_flow", false).slice(0, 50));
    expect(Object.keys(body.backlinks[0]!).sort()).toEqual(
      [
        "anchor_text",
        "citation_flow",
        "first_seen",
        "last_seen",
        "nofollow",
        "source_url",
        "target_url",
        "trust_flow",
      ].sort(),
    );
  });

  for (const sortBy of ["trust_flow", "citation_flow", "first_seen"] as const) {
    it(`sorts descending by ${sortBy} with a stable tiebreak`, async () => {
      const { body } = await callJson<Page>(sim(), listPath({ sort_by: sortBy, limit: 1000 }));
      expect(body.backlinks).toEqual(expectedOrder(DOMAIN, sortBy, false).slice(0, 1000));
    });
  }

  it("applies the dofollow filter before paging", async () => {
    const summary = summaryFor(DOMAIN);
    const expected = expectedOrder(DOMAIN, "citation_flow", true);
    const path = listPath({
      filter_dofollow: 1,
      sort_by: "citation_flow",
      offset: 100,
      limit: 200,
    });
    const { body } = await callJson<Page>(sim(), path);
    expect(body.total).toBe(summary.dofollow_backlinks);
    expect(body.backlinks.every((b) => b.nofollow === false)).toBe(true);
    expect(body.backlinks).toEqual(expected.slice(100, 300));
  });

  it("pages by offset/limit without overlap or gaps, and the pages add up to total", async () => {
    const seen: WireBacklink[] = [];
    let total = -1;
    for (let offset = 0; ; offset += 300) {
      const { body } = await callJson<Page>(
        sim(),
        listPath({ offset, limit: 300, sort_by: "first_seen" }),
      );
      total = body.total;
      if (body.backlinks.length === 0) break;
      seen.push(...body.backlinks);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((b) => JSON.stringify(b))).size).toBe(total);
    expect(seen).toEqual(expectedOrder(DOMAIN, "first_seen", false));
  });

  it("serves an empty page past the end, and nothing for a domain without backlinks", async () => {
    const past = await callJson<Page>(sim(), listPath({ offset: 100_000 }));
    expect(past.body).toEqual({ backlinks: [], total: summaryFor(DOMAIN).total_backlinks });
    const empty = await callJson<Page>(sim(), "/research/backlinks/?domain=empty-example.com");
    expect(empty.body).toEqual({ backlinks: [], total: 0 });
  });

  it("is identical across restarts", async () => {
    const { startSimulator } = await import("./start-simulator");
    const other = await startSimulator({ rateLimit: 0 });
    try {
      const path = listPath({ limit: 20, sort_by: "citation_flow" });
      const [a, b] = await Promise.all([callJson(sim(), path), callJson(other, path)]);
      expect(a.body).toEqual(b.body);
    } finally {
      await other.close();
    }
  });

  it.each([
    ["missing domain", "/research/backlinks/"],
    ["empty domain", "/research/backlinks/?domain="],
    ["invalid domain", "/research/backlinks/?domain=not%20a%20domain"],
    ["limit 0", listPath({ limit: 0 })],
    ["limit above 1000", listPath({ limit: 1001 })],
    ["non-numeric limit", listPath({ limit: "ten" })],
    ["negative offset", listPath({ offset: -1 })],
    ["bad sort_by", listPath({ sort_by: "domain_rating" })],
    ["bad filter_dofollow", listPath({ filter_dofollow: 2 })],
    ["bad domain_type", listPath({ domain_type: "planet" })],
  ])("rejects %s with a 400 envelope", async (_name, path) => {
    const { status, body } = await callJson(sim(), path);
    expect(status).toBe(400);
    expect(isEnvelope(body, 400)).toBe(true);
  });

  it("answers 404 for unknown paths (also the spec's paths without their slash)", async () => {
    for (const path of ["/research/backlinks", "/nope/", "/research/backlinks/summary"]) {
      const { status, body } = await callJson(sim(), path);
      expect(status).toBe(404);
      expect(isEnvelope(body, 404)).toBe(true);
    }
  });

  it("answers 405 with Allow for a wrong method", async () => {
    const res = await call(sim(), "/research/backlinks/?domain=example.com", {
      method: "POST",
      body: {},
    });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(isEnvelope(await res.json(), 405)).toBe(true);
    const get = await callJson(sim(), "/research/backlinks/metrics/");
    expect(get.status).toBe(405);
  });
});
