import { afterEach, describe, expect, it, vi } from "vitest";
import { call, control, setupSimulator } from "./test-helpers";

// "hold" lets a test look at the app mid-work: matching requests wait until released.
const sim = setupSimulator();
const SUMMARY = "/research/backlinks/summary/?domain=example.com";
const METRICS = "/research/backlinks/metrics/";
const metricsBody = { domains: ["a.com", "b.com"] };

async function heldNow(): Promise<number> {
  const { faults } = (await control(sim(), "faults")).body as { faults: { held: number }[] };
  return faults.reduce((sum, f) => sum + f.held, 0);
}

afterEach(async () => {
  await control(sim(), "faults", "DELETE");
});

describe("hold fault", () => {
  it("holds matching requests until released, then they answer normally", async () => {
    await control(sim(), "faults", "POST", { kind: "hold", path: METRICS, nth: 2, count: 5 });
    const first = await call(sim(), METRICS, { body: metricsBody });
    expect(first.status).toBe(200);
    const expected = await first.json();

    let answered = 0;
    const held = [1, 2].map(() =>
      call(sim(), METRICS, { body: metricsBody }).then(async (res) => {
        answered++;
        return { status: res.status, body: await res.json() };
      }),
    );
    await vi.waitFor(async () => expect(await heldNow()).toBe(2));
    // Other paths are not held, and nothing held has answered while the hold stands.
    expect((await call(sim(), SUMMARY)).status).toBe(200);
    expect(answered).toBe(0);

    const release = await control(sim(), "release", "POST", {});
    expect(release.body).toEqual({ released: 2 });
    expect(await Promise.all(held)).toEqual([
      { status: 200, body: expected },
      { status: 200, body: expected },
    ]);
    // Released means done: the next request is not held (the fault is gone).
    expect((await call(sim(), METRICS, { body: metricsBody })).status).toBe(200);
    expect((await control(sim(), "faults")).body.faults).toEqual([]);
  });

  it("release by id lets only that hold go", async () => {
    const added = await control(sim(), "faults", "POST", [
      { kind: "hold", path: METRICS },
      { kind: "hold", path: "/research/backlinks/summary/" },
    ]);
    const [metricsHold] = added.body.faults as { id: number }[];
    const metrics = call(sim(), METRICS, { body: metricsBody });
    const summary = call(sim(), SUMMARY);
    await vi.waitFor(async () => expect(await heldNow()).toBe(2));
    await control(sim(), "release", "POST", { id: metricsHold!.id });
    expect((await metrics).status).toBe(200);
    expect(await heldNow()).toBe(1);
    await control(sim(), "faults", "DELETE"); // clearing faults releases the rest
    expect((await summary).status).toBe(200);
  });

  it("the log marks held requests", async () => {
    await control(sim(), "faults", "POST", { kind: "hold", path: METRICS, count: 1 });
    const pending = call(sim(), METRICS, { body: metricsBody });
    await vi.waitFor(async () => expect(await heldNow()).toBe(1));
    await control(sim(), "release", "POST", {});
    expect((await pending).status).toBe(200);
    const log = await control(sim(), "log?limit=1");
    expect(log.body.entries[0]).toMatchObject({ fault: "hold", status: 200 });
  });

  it("rejects a release id that is not a number", async () => {
    expect((await control(sim(), "release", "POST", { id: "all" })).status).toBe(400);
  });
});

describe("hold fault with maxHoldMs", () => {
  it("answers 503 when still held after maxHoldMs (a retry is held again), 200 once released", async () => {
    await control(sim(), "faults", "POST", { kind: "hold", path: METRICS, maxHoldMs: 50 });
    expect((await call(sim(), METRICS, { body: metricsBody })).status).toBe(503);
    expect((await call(sim(), METRICS, { body: metricsBody })).status).toBe(503);
    expect(await heldNow()).toBe(0);
    await control(sim(), "release", "POST", {});
    expect((await call(sim(), METRICS, { body: metricsBody })).status).toBe(200);
  });

  it("a release within maxHoldMs answers normally", async () => {
    await control(sim(), "faults", "POST", { kind: "hold", path: METRICS, maxHoldMs: 60_000 });
    const pending = call(sim(), METRICS, { body: metricsBody });
    await vi.waitFor(async () => expect(await heldNow()).toBe(1));
    await control(sim(), "release", "POST", {});
    expect((await pending).status).toBe(200);
  });
});
