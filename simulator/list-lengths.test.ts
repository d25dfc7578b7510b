import { describe, expect, it } from "vitest";
import { DATA_API_DEMO_KEY } from "./keys";
import { call, callJson, control, setupSimulator } from "./test-helpers";
import { summaryFor } from "./universe";

// A domain's list made longer or shorter than its summary: both dialects serve that many rows,
// the summary keeps its count, and a reset puts things back.
const sim = setupSimulator();
const DOMAIN = "small-example.com";

async function providerRows(domain: string): Promise<string[]> {
  const seen: string[] = [];
  for (let offset = 0; ; offset += 100) {
    const q = new URLSearchParams({ domain, limit: "100", offset: String(offset) });
    const { body } = await callJson<{ backlinks: { source_url: string }[] }>(
      sim(),
      `/research/backlinks/?${q}`,
    );
    seen.push(...body.backlinks.map((b) => b.source_url));
    if (body.backlinks.length < 100) return seen;
  }
}

async function rawRows(domain: string): Promise<string[]> {
  const seen: string[] = [];
  let next: string | null = null;
  do {
    const q = new URLSearchParams({ target: domain, mode: "domain", limit: "70" });
    if (next) q.set("next", next);
    const res = await call(sim(), `/v1/backlinks/raw?${q}`, { key: DATA_API_DEMO_KEY });
    const body = (await res.json()) as { backlinks: { url_from: string }[]; next: string | null };
    seen.push(...body.backlinks.map((b) => b.url_from));
    next = body.next;
  } while (next);
  return seen;
}

describe("POST /__sim/lists", () => {
  const summary = summaryFor(DOMAIN).total_backlinks;

  it("makes the list longer than the summary in both dialects; the summary is unchanged", async () => {
    await control(sim(), "reset", "POST");
    const set = await control(sim(), "lists", "POST", { domain: DOMAIN, extra: 380 });
    expect(set.status).toBe(200);
    expect((await providerRows(DOMAIN)).length).toBe(summary + 380);
    const raw = await rawRows(DOMAIN);
    expect(raw.length).toBe(summary + 380);
    expect(new Set(raw).size).toBeGreaterThan(1);
    const q = new URLSearchParams({ target: DOMAIN, mode: "domain", limit: "10000" });
    const all = await callJson<{ backlinks: unknown[] }>(sim(), `/v1/backlinks/all?${q}`, {
      key: DATA_API_DEMO_KEY,
    });
    expect(all.body.backlinks.length).toBe(summary + 380);
    const s = await callJson<{ total_backlinks: number }>(
      sim(),
      `/research/backlinks/summary/?domain=${DOMAIN}`,
    );
    expect(s.body.total_backlinks).toBe(summary);
  });

  it("makes it shorter (rows), lists the overrides, and a reset forgets them", async () => {
    await control(sim(), "lists", "POST", { domain: `WWW.${DOMAIN}`, rows: 7 });
    expect(await providerRows(DOMAIN)).toHaveLength(7);
    expect(await rawRows(DOMAIN)).toHaveLength(7);
    const listed = (await control(sim(), "lists")).body as unknown as { lists: unknown[] };
    expect(listed.lists).toEqual([{ domain: DOMAIN, rows: 7, summaryRows: summary }]);
    await control(sim(), "reset", "POST");
    expect(await providerRows(DOMAIN)).toHaveLength(summary);
  });

  it("refuses a body without exactly one of rows/extra, or a length out of range", async () => {
    expect((await control(sim(), "lists", "POST", { domain: DOMAIN })).status).toBe(400);
    expect(
      (await control(sim(), "lists", "POST", { domain: DOMAIN, rows: 1, extra: 1 })).status,
    ).toBe(400);
    const under = await control(sim(), "lists", "POST", { domain: DOMAIN, extra: -(summary + 1) });
    expect(under.status).toBe(400);
    expect(under.body.error.description).toContain("allowed 0 to");
  });
});
