import { afterEach, describe, expect, it } from "vitest";
import { DEMO_KEY } from "./keys";
import { startSimulator } from "./start-simulator";
import { call, callJson, control, isEnvelope, setupSimulator } from "./test-helpers";
import { summaryFor } from "./universe";

const sim = setupSimulator();
const SUMMARY = "/research/backlinks/summary/?domain=example.com";
const METRICS = "/research/backlinks/metrics/";
const metricsBody = { domains: ["a.com", "b.com"] };

async function addFault(fault: Record<string, unknown>) {
  const res = await control(sim(), "faults", "POST", fault);
  expect(res.status).toBe(200);
  return res.body;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

afterEach(async () => {
  await control(sim(), "faults", "DELETE");
});

describe("faults", () => {
  it("adds latency, then answers normally", async () => {
    await addFault({ kind: "latency", latencyMs: 150 });
    const [res, ms] = await timed(() => callJson(sim(), SUMMARY));
    expect(res.status).toBe(200);
    expect(res.body).toEqual(summaryFor("example.com"));
    expect(ms).toBeGreaterThanOrEqual(140);
  });

  it("applies the global latency option to every API call", async () => {
    const slow = await startSimulator({ rateLimit: 0, latencyMs: 120 });
    try {
      const [res, ms] = await timed(() => call(slow, SUMMARY));
      expect(res.status).toBe(200);
      expect(ms).toBeGreaterThanOrEqual(110);
    } finally {
      await slow.close();
    }
  });

  it.each([500, 502, 503, 401, 402, 403])(
    "answers status %i in the error envelope",
    async (status) => {
      await addFault({ kind: "status", status });
      const { status: got, body } = await callJson(sim(), SUMMARY);
      expect(got).toBe(status);
      expect(isEnvelope(body, status)).toBe(true);
    },
  );

  it("answers a 429 fault with Retry-After", async () => {
    await addFault({ kind: "status", status: 429, retryAfterSeconds: 2 });
    const res = await call(sim(), SUMMARY);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
  });

  it("times out: accepts and never answers", async () => {
    await addFault({ kind: "timeout" });
    await expect(call(sim(), SUMMARY, { signal: AbortSignal.timeout(300) })).rejects.toThrow();
    const log = await control(sim(), "log?limit=1");
    expect(log.body.entries[0]).toMatchObject({ fault: "timeout", status: null });
  });

  it("times out with afterMs: answers normally, late", async () => {
    await addFault({ kind: "timeout", afterMs: 200 });
    const [res, ms] = await timed(() => call(sim(), SUMMARY));
    expect(res.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(190);
  });

  it("sends malformed JSON with a 200", async () => {
    await addFault({ kind: "malformed_json" });
    const res = await call(sim(), SUMMARY);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    await expect(res.json()).rejects.toThrow(SyntaxError);
  });

  it("truncates the body: Content-Length larger than what is sent, then closes", async () => {
    await addFault({ kind: "truncated_body" });
    const res = await call(sim(), SUMMARY);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow();
  });

  it("fails only the nth matching request (a fault in batch 4 of 10)", async () => {
    await addFault({ kind: "status", status: 503, path: METRICS, nth: 4 });
    const statuses: number[] = [];
    for (let batch = 1; batch <= 10; batch++) {
      await call(sim(), SUMMARY); // other paths neither fail nor count
      const res = await call(sim(), METRICS, { body: metricsBody });
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 200, 503, 200, 200, 200, 200, 200, 200]);
    expect((await control(sim(), "faults")).body.faults).toEqual([]);
  });

  it("fails the next N matching requests (count), then stops", async () => {
    await addFault({ kind: "status", status: 500, count: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(sim(), SUMMARY)).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  it("filters by path (trailing slash optional) and by method", async () => {
    await addFault({
      kind: "status",
      status: 502,
      path: "/research/backlinks/metrics",
      method: "POST",
    });
    expect((await call(sim(), SUMMARY)).status).toBe(200);
    expect((await call(sim(), METRICS, { body: metricsBody })).status).toBe(502);
    // A GET to the same path does not match the POST-only fault: the normal 405 comes back.
    expect((await call(sim(), METRICS)).status).toBe(405);
  });

  it("applies a per-key fault to that key only", async () => {
    await control(sim(), "keys", "POST", { key: "faulty-key-12345678" });
    await addFault({ kind: "status", status: 401, key: "faulty-key-12345678" });
    expect((await call(sim(), SUMMARY)).status).toBe(200);
    expect((await call(sim(), SUMMARY, { key: "faulty-key-12345678" })).status).toBe(401);
    const listed = (await control(sim(), "faults")).body.faults;
    expect(JSON.stringify(listed)).not.toContain("faulty-key-12345678");
  });

  it("takes faults as a start-up option", async () => {
    const faulty = await startSimulator({
      keys: [{ key: DEMO_KEY }],
      faults: [{ kind: "status", status: 503, count: 1 }],
    });
    try {
      expect((await call(faulty, SUMMARY)).status).toBe(503);
      expect((await call(faulty, SUMMARY)).status).toBe(200);
    } finally {
      await faulty.close();
    }
  });

  it("rejects an invalid fault with 400", async () => {
    const res = await control(sim(), "faults", "POST", { kind: "status" });
    expect(res.status).toBe(400);
    expect(isEnvelope(res.body, 400)).toBe(true);
  });
});
