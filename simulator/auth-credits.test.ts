import { describe, expect, it } from "vitest";
import { DEMO_KEY } from "./keys";
import { startSimulator } from "./start-simulator";
import { call, callJson, control, isEnvelope, setupSimulator } from "./test-helpers";
import { summaryFor } from "./universe";

const sim = setupSimulator();
const SUMMARY = "/research/backlinks/summary/?domain=example.com";

describe("authentication", () => {
  it.each([
    ["no header", { key: null }],
    ["Bearer scheme", { authorization: `Bearer ${DEMO_KEY}` }],
    ["lower-case scheme", { authorization: `token ${DEMO_KEY}` }],
    ["bare key", { authorization: DEMO_KEY }],
    ["unknown key", { key: "sk-not-a-real-key-000000" }],
    ["empty key", { authorization: "Token " }],
  ])("refuses %s with a 401 envelope", async (_name, options) => {
    const { status, body } = await callJson(sim(), SUMMARY, options);
    expect(status).toBe(401);
    expect(isEnvelope(body, 401)).toBe(true);
  });

  it("accepts exactly 'Token <key>' and answers the account", async () => {
    const { status, body } = await callJson<Record<string, unknown>>(sim(), "/system/account/");
    expect(status).toBe(200);
    expect(body).toMatchObject({ email: expect.any(String), first_name: expect.any(String) });
    expect(typeof body.plan).toBe("string");
    expect(typeof body.credits_left).toBe("number");
  });

  it("refuses a key revoked through the control API", async () => {
    await control(sim(), "keys", "POST", { key: "revoke-me-12345678" });
    expect((await call(sim(), SUMMARY, { key: "revoke-me-12345678" })).status).toBe(200);
    await control(sim(), "keys", "DELETE", { key: "revoke-me-12345678" });
    expect((await call(sim(), SUMMARY, { key: "revoke-me-12345678" })).status).toBe(401);
  });
});

describe("credits", () => {
  async function creditsLeft(key: string): Promise<number> {
    return (await callJson<{ credits_left: number }>(sim(), "/system/account/", { key })).body
      .credits_left;
  }

  it("spends 100 per summary, 1 per row, 1 per domain, 1 per keyword, 0 per account call", async () => {
    const key = "spend-key-12345678";
    await control(sim(), "keys", "POST", { key, credits: 10_000 });
    await call(sim(), SUMMARY, { key });
    expect(await creditsLeft(key)).toBe(9_900);
    await call(sim(), "/research/backlinks/?domain=small-example.com&limit=5", { key });
    expect(await creditsLeft(key)).toBe(9_895);
    await call(sim(), "/research/backlinks/metrics/", {
      key,
      body: { domains: ["a.com", "b.com"] },
    });
    expect(await creditsLeft(key)).toBe(9_893);
    const keywords = { domain: "a.com", keywords: ["x", "y", "z"], search_engine: "google" };
    await call(sim(), "/keywords/check/", { key, body: keywords });
    expect(await creditsLeft(key)).toBe(9_890);
    await call(sim(), "/research/backlinks/summary/", { key }); // 400: not billed
    expect(await creditsLeft(key)).toBe(9_890);
  });

  it("answers 402 when the key cannot afford the call, without charging", async () => {
    const key = "poor-key-12345678";
    await control(sim(), "keys", "POST", { key, credits: 50 });
    const { status, body } = await callJson(sim(), SUMMARY, { key });
    expect(status).toBe(402);
    expect(isEnvelope(body, 402)).toBe(true);
    expect(await creditsLeft(key)).toBe(50);
    const cheap = await call(sim(), "/research/backlinks/metrics/", {
      key,
      body: { domains: ["a.com"] },
    });
    expect(cheap.status).toBe(200);
  });

  it("answers 403 'Insufficient funds' when configured so (per key or globally)", async () => {
    const key = "broke-key-12345678";
    await control(sim(), "keys", "POST", { key, credits: 0, outOfCreditsStatus: 403 });
    const { status, body } = await callJson<{ error: { message: string } }>(sim(), SUMMARY, {
      key,
    });
    expect(status).toBe(403);
    expect(body.error.message).toBe("Insufficient funds");

    const other = await startSimulator({
      keys: [{ key: DEMO_KEY, credits: 0 }],
      outOfCreditsStatus: 403,
    });
    try {
      expect((await call(other, SUMMARY)).status).toBe(403);
    } finally {
      await other.close();
    }
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After past N requests in a rolling second", async () => {
    const limited = await startSimulator({ rateLimit: 3 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const res = await call(limited, SUMMARY);
        statuses.push(res.status);
        if (res.status === 429) {
          retryAfter = res.headers.get("retry-after");
          expect(isEnvelope(await res.json(), 429)).toBe(true);
        } else await res.arrayBuffer();
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, 1050));
      const after = await callJson(limited, SUMMARY);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(summaryFor("example.com"));
    } finally {
      await limited.close();
    }
  });

  it("counts per key, and 0 turns it off", async () => {
    const limited = await startSimulator({
      rateLimit: 1,
      keys: [
        { key: DEMO_KEY },
        { key: "second-key-12345678" },
        { key: "free-key-12345678", rateLimit: 0 },
      ],
    });
    try {
      expect((await call(limited, SUMMARY)).status).toBe(200);
      expect((await call(limited, SUMMARY)).status).toBe(429);
      expect((await call(limited, SUMMARY, { key: "second-key-12345678" })).status).toBe(200);
      for (let i = 0; i < 20; i++) {
        expect((await call(limited, SUMMARY, { key: "free-key-12345678" })).status).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });
});
