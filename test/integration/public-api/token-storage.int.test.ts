// A workspace API token at rest: the row holds its SHA-256 digest and a short prefix, never the
// secret, and creating or revoking one is on the workspace's audit trail (without the secret).
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { apiTokens } from "@/lib/db/schema";
import { createToken, revokeToken } from "@/lib/services/api-tokens";
import { createTestDb } from "@/test/support/test-db";
import { type OwnerActor, twoOwnerTenants } from "@/test/support/two-tenants";

let handle: DbHandle;
let a: OwnerActor;

beforeAll(async () => {
  handle = await createTestDb();
  ({ a } = await twoOwnerTenants(handle.db));
});
afterAll(() => handle?.close());

const storedRow = async (id: string) =>
  (await handle.db.select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!;

describe("a stored API token", () => {
  it("is its digest and prefix only: the secret appears nowhere in the row", async () => {
    const { token, secret } = await createToken(handle.db, a, {
      name: "Stored",
      scope: "write",
      ratePerMinute: 60,
    });
    const row = await storedRow(token.id);
    expect(row.tokenHash).toBe(createHash("sha256").update(secret).digest("hex"));
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(secret.length / 3);
    // Neither the whole secret nor its random part (without the srd_ marker) is in any column.
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(secret.slice("srd_".length));
  });

  it("is audited when created and when revoked, by whom, and never with its secret", async () => {
    const { token, secret } = await createToken(handle.db, a, {
      name: "Audited lifecycle",
      scope: "read",
      ratePerMinute: 30,
    });
    await revokeToken(handle.db, a, token.id);
    const trail = (await listAudit(handle.db, a.tenantId)).filter(
      (e) => e.target === "Audited lifecycle",
    );
    expect(trail.map((e) => ({ action: e.action, actor: e.actorUserId, ...e.details }))).toEqual(
      expect.arrayContaining([
        {
          action: "api_token.created",
          actor: a.actorUserId,
          tokenId: token.id,
          scopes: ["read"],
          ratePerMinute: 30,
        },
        { action: "api_token.revoked", actor: a.actorUserId, tokenId: token.id },
      ]),
    );
    expect(trail).toHaveLength(2);
    expect(JSON.stringify(await listAudit(handle.db, a.tenantId))).not.toContain(secret);
    expect((await storedRow(token.id)).revokedAt).not.toBeNull();
  });
});
