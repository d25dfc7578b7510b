// The simulator's Project API against the reference (seranking-project-api.md): every reply is
// checked with reference-schemas.ts (written from the doc, not the client), and the reference's
// rules are exercised: asynchronous rechecks, plan limits, 403 "Subscription required", 5/s,
// the 400s for a missing `[]` on keywords_ids and a body where none belongs.
import { describe, expect, it } from "vitest";
import { DATA_API_DEMO_KEY, PROJECT_API_DEMO_KEY } from "../keys";
import { positionFor } from "../keyword-positions";
import { callJson, control, setupSimulator, TEST_DATE } from "../test-helpers";
import {
  refAddSiteEngine,
  refCatalogue,
  refCreateSite,
  refErrorEnvelope,
  refKeywords,
  refPositions,
  refSiteEngines,
  refSites,
} from "./reference-schemas";

const sim = setupSimulator({ recheckDelayMs: 3_600_000 });
const key = PROJECT_API_DEMO_KEY;
const api = <T = unknown>(path: string, options: Parameters<typeof callJson>[2] = {}) =>
  callJson<T>(sim(), path, { key, ...options });

async function newSite(domain: string) {
  const created = await api<{ site_id: number }>("/sites", {
    body: { url: domain, title: domain },
  });
  expect(created.status).toBe(200);
  refCreateSite.parse(created.body);
  const engine = await api<{ site_engine_id: number }>(
    `/sites/${created.body.site_id}/search-engines`,
    { body: { search_engine_id: 200 } },
  );
  refAddSiteEngine.parse(engine.body);
  return { siteId: created.body.site_id, siteEngineId: engine.body.site_engine_id };
}

describe("Project API replies follow the reference", () => {
  it("sites, catalogue, engines and keywords have the documented shapes", async () => {
    const { siteId } = await newSite("shapes-site.com");
    refSites.parse((await api("/sites")).body);
    const catalogue = refCatalogue.parse((await api("/system/search-engines")).body);
    expect(catalogue.find((e) => e.id === 200)?.name).toMatch(/Google/);
    refSiteEngines.parse((await api(`/sites/${siteId}/search-engines`)).body);
    // The add body is a JSON array of keyword objects.
    expect(
      (await api(`/sites/${siteId}/keywords`, { body: [{ keyword: "red shoes" }] })).status,
    ).toBe(200);
    const keywords = refKeywords.parse((await api(`/sites/${siteId}/keywords`)).body);
    expect(keywords.map((k) => k.name)).toEqual(["red shoes"]);
  });

  it("a recheck is asynchronous: positions appear only when it completes, landing pages on request", async () => {
    const domain = "recheck-site.com";
    const { siteId, siteEngineId } = await newSite(domain);
    const words = ["blue widgets", "unranked gizmo"];
    await api(`/sites/${siteId}/keywords`, { body: words.map((keyword) => ({ keyword })) });
    const read = (landing: boolean) =>
      api(
        `/sites/${siteId}/positions?site_engine_id=${siteEngineId}&date_from=${TEST_DATE}&date_to=${TEST_DATE}${landing ? "&with_landing_pages=1" : ""}`,
      );
    expect(
      (await api(`/sites/${siteId}/recheck`, { body: { site_engine_id: siteEngineId } })).status,
    ).toBe(200);
    const before = refPositions(true).parse((await read(true)).body);
    expect(before[0]!.keywords.every((k) => k.positions.length === 0)).toBe(true);

    expect((await control(sim(), "project-api/rechecks", "POST")).body).toMatchObject({
      completed: 1,
    });
    const after = refPositions(true).parse((await read(true)).body);
    for (const k of after[0]!.keywords) {
      const want = positionFor({
        domain,
        keyword: k.name,
        searchEngine: "google",
        location: "United States",
        date: TEST_DATE,
      });
      expect(k.positions).toEqual([
        expect.objectContaining({ date: TEST_DATE, pos: want.position ?? 0 }),
      ]);
      expect(k.landing_pages).toEqual([{ date: TEST_DATE, url: want.url ?? "" }]);
    }
    expect(after[0]!.keywords.find((k) => k.name === "unranked gizmo")!.positions[0]!.pos).toBe(0);
    // Without with_landing_pages=1 no landing URL is returned (§6).
    refPositions(false).parse((await read(false)).body);
  });

  it('a recheck of {"keywords":[…]} checks those keywords only (§6)', async () => {
    const { siteId, siteEngineId } = await newSite("partial-recheck.com");
    const words = ["old one", "old two", "new one"];
    await api(`/sites/${siteId}/keywords`, { body: words.map((keyword) => ({ keyword })) });
    const listed = refKeywords.parse((await api(`/sites/${siteId}/keywords`)).body);
    const fresh = listed.find((k) => k.name === "new one")!;
    const body = { keywords: [{ site_engine_id: siteEngineId, keyword_id: Number(fresh.id) }] };
    expect((await api(`/sites/${siteId}/recheck`, { body })).status).toBe(200);
    await control(sim(), "project-api/rechecks", "POST");
    const read = await api(
      `/sites/${siteId}/positions?site_engine_id=${siteEngineId}&date_from=${TEST_DATE}&date_to=${TEST_DATE}`,
    );
    const checked = refPositions(false)
      .parse(read.body)[0]!
      .keywords.filter((k) => k.positions.length > 0)
      .map((k) => k.name);
    expect(checked).toEqual(["new one"]);
  });

  it("the reference's 400s: keywords_ids without brackets, a body on DELETE, a non-array add body, a reserved domain", async () => {
    const { siteId } = await newSite("rules-site.com");
    await api(`/sites/${siteId}/keywords`, { body: [{ keyword: "a" }, { keyword: "b" }] });
    const [a] = refKeywords.parse((await api(`/sites/${siteId}/keywords`)).body);
    const bare = await api(`/sites/${siteId}/keywords?keywords_ids=${a!.id}`, { method: "DELETE" });
    expect(bare.status).toBe(400);
    refErrorEnvelope.parse(bare.body);
    const withBody = await api(`/sites/${siteId}/keywords?keywords_ids[]=${a!.id}`, {
      method: "DELETE",
      body: {},
    });
    expect(withBody.status).toBe(400);
    expect((await api(`/sites/${siteId}/keywords`, { body: { keyword: "c" } })).status).toBe(400);
    expect((await api("/sites", { body: { url: "example.com", title: "x" } })).body).toMatchObject({
      error: { description: "Incorrect website URL" },
    });
    const res = await fetch(`${sim().url}/sites/${siteId}/keywords?keywords_ids%5B%5D=${a!.id}`, {
      method: "DELETE",
      headers: { Authorization: `Token ${key}` },
    });
    expect(res.status).toBe(204);
    expect(
      refKeywords.parse((await api(`/sites/${siteId}/keywords`)).body).map((k) => k.name),
    ).toEqual(["b"]);
  });

  it("a key without the Project API gets 403 Subscription required; a plan limit 403 Limit reached", async () => {
    const denied = await api("/sites", { key: DATA_API_DEMO_KEY });
    expect(denied.status).toBe(403);
    expect(refErrorEnvelope.parse(denied.body).error.message).toBe("Subscription required");

    const small = "0123456789abcdef0123456789abcdef01234567";
    await control(sim(), "keys", "POST", {
      key: small,
      dialects: ["project-api"],
      keywordLimit: 2,
    });
    const created = await api<{ site_id: number }>("/sites", {
      key: small,
      body: { url: "limits-site.com", title: "L" },
    });
    await api(`/sites/${created.body.site_id}/search-engines`, {
      key: small,
      body: { search_engine_id: 200 },
    });
    const over = await api(`/sites/${created.body.site_id}/keywords`, {
      key: small,
      body: [{ keyword: "x" }, { keyword: "y" }, { keyword: "z" }],
    });
    expect(over.status).toBe(403);
    const envelope = refErrorEnvelope.parse(over.body);
    expect(envelope.error.message).toBe("Limit reached");
    expect(envelope.error.description).toBe(
      "Cannot add 3 keywords — you have 2 keywords remaining",
    );
    // Nothing was added by the refused call.
    expect(
      refKeywords.parse(
        (await api(`/sites/${created.body.site_id}/keywords`, { key: small })).body,
      ),
    ).toEqual([]);
  });

  it("5 requests/s per key, then 429 in the standard envelope without Retry-After", async () => {
    const fast = "fedcba9876543210fedcba9876543210fedcba98";
    await control(sim(), "keys", "POST", { key: fast, dialects: ["project-api"], rateLimit: 5 });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await api("/sites", { key: fast }));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers[5]!.status).toBe(429);
    expect(refErrorEnvelope.parse(answers[5]!.body).error.description).toMatch(/call-rate limit/);
    expect(answers[5]!.headers.get("retry-after")).toBeNull();
  });
});
