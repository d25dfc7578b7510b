import { describe, expect, it } from "vitest";
import { DEMO_KEY, keyIdFor } from "./keys";
import type { LogEntry } from "./request-log";
import { call, control, isEnvelope, setupSimulator, TEST_DATE } from "./test-helpers";

const sim = setupSimulator();
const SUMMARY = "/research/backlinks/summary/?domain=example.com&domain_type=domain";

async function logEntries(query = ""): Promise<LogEntry[]> {
  return (await control(sim(), `log${query}`)).body.entries;
}

describe("request log", () => {
  it("records method, path, query, parsed body, auth presence and a keyId", async () => {
    await control(sim(), "log", "DELETE");
    await call(sim(), SUMMARY);
    await call(sim(), "/research/backlinks/metrics/", { body: { domains: ["a.com"] } });
    await call(sim(), "/system/account/", { key: null });
    const entries = await logEntries();
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      method: "GET",
      path: "/research/backlinks/summary/",
      query: { domain: "example.com", domain_type: "domain" },
      authPresent: true,
      authScheme: "Token",
      keyId: keyIdFor(DEMO_KEY),
      status: 200,
      fault: null,
    });
    expect(entries[1]).toMatchObject({ method: "POST", body: { domains: ["a.com"] }, status: 200 });
    expect(entries[2]).toMatchObject({ authPresent: false, keyId: null, status: 401 });
    expect(await logEntries("?path=/system/account/")).toHaveLength(1);
    expect(await logEntries("?limit=2")).toEqual(entries.slice(1));
  });

  it("never contains a key, even one sent by mistake in the query or body", async () => {
    const stray = "stray-secret-key-0000";
    await call(sim(), SUMMARY, { authorization: `Bearer ${DEMO_KEY}` });
    await call(sim(), `${SUMMARY}&api_key=${DEMO_KEY}`);
    await call(sim(), "/research/backlinks/metrics/", {
      body: { domains: ["a.com"], key: DEMO_KEY },
    });
    await call(sim(), SUMMARY, { key: stray });
    await call(sim(), SUMMARY, { authorization: DEMO_KEY });
    const raw = JSON.stringify((await control(sim(), "log")).body);
    expect(raw).not.toContain(DEMO_KEY);
    expect(raw).not.toContain(stray);
    const leaked = (await logEntries()).filter((e) => e.redacted);
    expect(leaked.length).toBe(2);
    const keys = JSON.stringify((await control(sim(), "keys")).body);
    expect(keys).not.toContain(DEMO_KEY);
  });

  it("is bounded and can be cleared", async () => {
    const { startSimulator } = await import("./start-simulator");
    const small = await startSimulator({ rateLimit: 0, logCapacity: 5 });
    try {
      for (let i = 0; i < 8; i++) await call(small, `/system/account/?i=${i}`);
      const res = await fetch(`${small.url}/__sim/log`);
      const entries = ((await res.json()) as { entries: LogEntry[] }).entries;
      expect(entries.map((e) => e.query.i)).toEqual(["3", "4", "5", "6", "7"]);
      const cleared = await fetch(`${small.url}/__sim/log`, { method: "DELETE" });
      expect(await cleared.json()).toEqual({ cleared: 5 });
      expect(small.state.log.entries()).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe("control API", () => {
  it("reports health", async () => {
    const { status, body } = await control(sim(), "health");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      dialects: ["provider-v3", "data-v1", "project-api"],
      today: TEST_DATE,
    });
  });

  it("sets and unpins the clock, rejecting bad dates", async () => {
    expect((await control(sim(), "clock", "POST", { date: "2027-02-01" })).body.today).toBe(
      "2027-02-01",
    );
    expect((await control(sim(), "clock", "POST", { date: "2027-02-30" })).status).toBe(400);
    const unpinned = await control(sim(), "clock", "POST", { date: null });
    expect(unpinned.body).toEqual({ today: new Date().toISOString().slice(0, 10), pinned: false });
    await control(sim(), "clock", "POST", { date: TEST_DATE });
  });

  it("adds keys with credits and shows them by keyId only", async () => {
    const res = await control(sim(), "keys", "POST", { key: "ctl-key-12345678", credits: 77 });
    expect(res.body.key).toMatchObject({ keyId: keyIdFor("ctl-key-12345678"), credits: 77 });
    const account = await call(sim(), "/system/account/", { key: "ctl-key-12345678" });
    expect(((await account.json()) as { credits_left: number }).credits_left).toBe(77);
  });

  it("changes global config (rate limit, latency, out-of-credits status)", async () => {
    const res = await control(sim(), "config", "POST", { rateLimit: 1 });
    expect(res.body.config.rateLimit).toBe(1);
    expect((await call(sim(), SUMMARY)).status).toBe(200);
    expect((await call(sim(), SUMMARY)).status).toBe(429);
    await control(sim(), "config", "POST", { rateLimit: 0 });
  });

  it("resets keys, credits, faults, clock and log to the start-up state", async () => {
    await control(sim(), "keys", "POST", { key: DEMO_KEY, credits: 0 });
    await control(sim(), "faults", "POST", { kind: "status", status: 500 });
    await control(sim(), "clock", "POST", { date: "2030-01-01" });
    expect((await control(sim(), "reset", "POST")).body).toEqual({ ok: true });
    expect((await call(sim(), SUMMARY)).status).toBe(200);
    expect((await control(sim(), "clock")).body.today).toBe(TEST_DATE);
    expect(await logEntries()).toHaveLength(1);
  });

  it("answers unknown control paths and wrong methods in the envelope", async () => {
    const missing = await control(sim(), "nothing");
    expect(missing.status).toBe(404);
    expect(isEnvelope(missing.body, 404)).toBe(true);
    expect((await control(sim(), "reset")).status).toBe(405);
  });
});
