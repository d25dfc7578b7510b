import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { rateEvents } from "@/lib/db/schema";
import { createTestDb } from "@/test/support/test-db";
import { assertWithinRate, REQUEST_RATES } from "./request-rate";

let handle: DbHandle;
beforeAll(async () => {
  // clientIp reads TRUSTED_PROXY_HOPS from the validated environment (default 0).
  Object.assign(process.env, {
    AUTH_SECRET: process.env.AUTH_SECRET ?? "int-test-secret-".padEnd(40, "x"),
    ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? Buffer.alloc(32, 3).toString("base64"),
  });
  handle = await createTestDb();
});
afterAll(() => handle.close());

const from = (client: string) =>
  new Request("http://app.test/api/signup", { headers: { "x-forwarded-for": client } });
const status = (p: Promise<unknown>) =>
  p.then(
    () => 201,
    (e: { status?: number }) => e.status ?? 500,
  );

describe("request rates", () => {
  it("refuses sign-ups past the hourly limit for that client only; refusals are not counted", async () => {
    const { max } = REQUEST_RATES.signup;
    for (let i = 0; i < max; i++) {
      expect(await status(assertWithinRate(handle.db, "signup", from("10.8.0.1")))).toBe(201);
    }
    expect(await status(assertWithinRate(handle.db, "signup", from("10.8.0.1")))).toBe(429);
    expect(await status(assertWithinRate(handle.db, "signup", from("10.8.0.2")))).toBe(201);
    const rows = await handle.db.select().from(rateEvents);
    expect(rows.filter((r) => r.client === "10.8.0.1")).toHaveLength(max);
  });

  it("frees the client once the window has passed", async () => {
    const { max, windowMs } = REQUEST_RATES.mail;
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < max; i++)
      await assertWithinRate(handle.db, "mail", from("10.8.1.1"), start);
    expect(await status(assertWithinRate(handle.db, "mail", from("10.8.1.1"), start))).toBe(429);
    const later = new Date(start.getTime() + windowMs + 1000);
    expect(await status(assertWithinRate(handle.db, "mail", from("10.8.1.1"), later))).toBe(201);
  });
});
