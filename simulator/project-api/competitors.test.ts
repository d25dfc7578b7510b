// The simulator's rank-tracker competitors against the reference (seranking-project-api.md §7):
// 201 {"id"} on create, 400 "Invalid site url", the list's documented fields, positions
// defaulting to today−7 … today, and DELETE.
import { describe, expect, it } from "vitest";
import { PROJECT_API_DEMO_KEY } from "../keys";
import { positionFor } from "../keyword-positions";
import { callJson, control, setupSimulator, TEST_DATE } from "../test-helpers";

const sim = setupSimulator({ recheckDelayMs: 3_600_000 });
const api = <T = unknown>(path: string, options: Parameters<typeof callJson>[2] = {}) =>
  callJson<T>(sim(), path, { key: PROJECT_API_DEMO_KEY, ...options });

type Blocks = {
  site_engine_id: number;
  keywords: { name: string; positions: { date: string; pos: number }[] }[];
}[];

async function checkedSite(domain: string, words: string[]) {
  const site = (await api<{ site_id: number }>("/sites", { body: { url: domain, title: domain } }))
    .body.site_id;
  const engine = (
    await api<{ site_engine_id: number }>(`/sites/${site}/search-engines`, {
      body: { search_engine_id: 200 },
    })
  ).body.site_engine_id;
  await api(`/sites/${site}/keywords`, { body: words.map((keyword) => ({ keyword })) });
  await api(`/sites/${site}/recheck`, { body: { site_engine_id: engine } });
  await control(sim(), "project-api/rechecks", "POST");
  return { site, engine };
}

describe("Project API competitors", () => {
  it("create answers 201 {id}; the list names it; a bad url is 400 Invalid site url", async () => {
    const { site } = await checkedSite("owner-site.com", ["red shoes"]);
    const created = await api<{ id: number }>("/competitors", {
      body: { site_id: site, url: "http://rival-shop.com/", name: "rival-shop.com" },
    });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body)).toEqual(["id"]);
    expect(typeof created.body.id).toBe("number");
    const listed = await api(`/competitors/site/${site}`);
    expect(listed.body).toEqual([
      { id: created.body.id, name: "rival-shop.com", url: "rival-shop.com", domain_trust: 0 },
    ]);
    const bad = await api<{ error?: { message?: string }; message?: string }>("/competitors", {
      body: { site_id: site, url: "not a url" },
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("Invalid site url");
  });

  it("positions: the site's check days, the competitor's own position, pos 0 = not found", async () => {
    const words = ["red shoes", "unranked boots"];
    const { site, engine } = await checkedSite("shoe-owner.com", words);
    const { id } = (
      await api<{ id: number }>("/competitors", { body: { site_id: site, url: "shoe-rival.com" } })
    ).body;
    // No dates: today−7 … today, which holds the check made today.
    const read = await api<Blocks>(`/competitors/${id}/positions`);
    expect(read.status).toBe(200);
    const block = read.body.find((b) => b.site_engine_id === engine)!;
    for (const k of block.keywords) {
      const want = positionFor({
        domain: "shoe-rival.com",
        keyword: k.name,
        searchEngine: "google",
        location: "United States",
        date: TEST_DATE,
      });
      expect(k.positions).toEqual([{ date: TEST_DATE, pos: want.position ?? 0 }]);
    }
    expect(block.keywords.find((k) => k.name === "unranked boots")!.positions[0]!.pos).toBe(0);
    // A window before the check has no positions.
    const early = await api<Blocks>(
      `/competitors/${id}/positions?date_from=2000-01-01&date_to=2000-01-02`,
    );
    expect(early.body[0]!.keywords.every((k) => k.positions.length === 0)).toBe(true);
  });

  it("DELETE removes it: gone from the list, its positions 404", async () => {
    const { site } = await checkedSite("delete-owner.com", ["red shoes"]);
    const { id } = (
      await api<{ id: number }>("/competitors", { body: { site_id: site, url: "gone-rival.com" } })
    ).body;
    expect((await api(`/competitors/${id}`, { method: "DELETE" })).status).toBe(200);
    expect((await api(`/competitors/site/${site}`)).body).toEqual([]);
    expect((await api(`/competitors/${id}/positions`)).status).toBe(404);
  });
});
