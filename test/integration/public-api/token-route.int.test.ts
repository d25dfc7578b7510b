// The public API's gate, below the HTTP server: every use of a token is on the workspace's audit
// trail (refused ones too, never the secret), and the per-token window resets each minute.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { countAgainstRate } from "@/lib/api/token-access";
import type { DbHandle } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { openApiDocument } from "@/lib/public-api/openapi";
import { createToken } from "@/lib/services/api-tokens";
import { createTestDb } from "@/test/support/test-db";
import { type OwnerActor, twoOwnerTenants } from "@/test/support/two-tenants";

let handle: DbHandle;
let a: OwnerActor;

vi.mock("@/lib/db", () => ({ getDb: async () => handle.db }));
// A public API route never reads a session: the session module is not even needed.
vi.mock("@/lib/auth", () => ({}));

const lists = await import("@/app/api/v1/prospect-lists/route");
const call = (handler: typeof lists.GET, token: string, init: RequestInit = {}) =>
  handler(
    new Request("http://localhost/api/v1/prospect-lists", {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    }),
    { params: Promise.resolve({}) },
  );

// Each answer here is checked against the document the server serves, as the e2e suite does.
const doc = openApiDocument();
const ajv = addFormats(new Ajv2020({ strict: false }));
async function expectDocumented(method: "get" | "post", response: Response) {
  const op = doc.paths["/api/v1/prospect-lists"]![method] as {
    responses: Record<string, { content?: { "application/json": { schema: object } } }>;
  };
  const documented = op.responses[String(response.status)];
  expect(documented, `${method} answered an undocumented ${response.status}`).toBeDefined();
  const check = ajv.compile(documented!.content!["application/json"].schema);
  expect(check(await response.clone().json()), ajv.errorsText(check.errors)).toBe(true);
}

beforeAll(async () => {
  handle = await createTestDb();
  ({ a } = await twoOwnerTenants(handle.db));
});
afterAll(() => handle?.close());

describe("public API tokens", () => {
  it("audits every use, allowed or refused, without the secret", async () => {
    const { token, secret } = await createToken(handle.db, a, {
      name: "Audited",
      scope: "read",
      ratePerMinute: 100,
    });
    const allowed = await call(lists.GET, secret);
    expect(allowed.status).toBe(200);
    await expectDocumented("get", allowed);
    const refused = await call(lists.POST, secret, {
      method: "POST",
      body: JSON.stringify({ name: "Not with a read token" }),
      headers: { "content-type": "application/json" },
    });
    expect(refused.status).toBe(403);
    await expectDocumented("post", refused);
    const trail = (await listAudit(handle.db, a.tenantId))
      .filter((e) => e.action === "api.request")
      .map((e) => ({ target: e.target, ...e.details }));
    expect(trail).toEqual(
      expect.arrayContaining([
        {
          target: "Audited",
          tokenId: token.id,
          method: "GET",
          path: "/api/v1/prospect-lists",
          status: 200,
        },
        {
          target: "Audited",
          tokenId: token.id,
          method: "POST",
          path: "/api/v1/prospect-lists",
          status: 403,
        },
      ]),
    );
    expect(JSON.stringify(await listAudit(handle.db, a.tenantId))).not.toContain(secret);
  });

  it("counts requests per minute and starts afresh in the next minute", async () => {
    const { token } = await createToken(handle.db, a, {
      name: "Counted",
      scope: "read",
      ratePerMinute: 2,
    });
    const minute = new Date("2026-12-02T10:00:05Z");
    const later = new Date("2026-12-02T10:00:50Z");
    const next = new Date("2026-12-02T10:01:01Z");
    const first = await countAgainstRate(handle.db, token.id, 2, minute);
    const second = await countAgainstRate(handle.db, token.id, 2, later);
    const third = await countAgainstRate(handle.db, token.id, 2, later);
    expect([first.exceeded, second.exceeded, third.exceeded]).toEqual([false, false, true]);
    expect(third.headers).toMatchObject({
      "RateLimit-Limit": "2",
      "RateLimit-Remaining": "0",
      "RateLimit-Reset": "10",
      "Retry-After": "10",
    });
    const fresh = await countAgainstRate(handle.db, token.id, 2, next);
    expect(fresh.exceeded).toBe(false);
    expect(fresh.headers["RateLimit-Remaining"]).toBe("1");
  });
});
