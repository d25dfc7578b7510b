import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { findMembership, listMembers } from "@/lib/db/queries/memberships";
import { seedMember } from "@/scripts/lib/seed-member";
import { createTestDb } from "@/test/support/test-db";
import { twoOwnerTenants } from "@/test/support/two-tenants";
import { changeMemberRole, removeMember } from "./members";

let handle: DbHandle;
let tenantA: { tenantId: string; actorUserId: string };
let tenantB: { tenantId: string; actorUserId: string };

beforeAll(async () => {
  handle = await createTestDb();
  ({ a: tenantA, b: tenantB } = await twoOwnerTenants(handle.db));
});
afterAll(() => handle.close());

describe("members", () => {
  it("changes a role and refuses to demote or remove the last admin", async () => {
    const added = {
      userId: await seedMember(handle.db, tenantA.tenantId, {
        email: "promote@example.test",
        password: "seeded-pass-2026",
        role: "marketer",
      }),
    };
    await changeMemberRole(handle.db, tenantA, added.userId, "admin");
    expect((await findMembership(handle.db, tenantA.tenantId, added.userId))?.role).toBe("admin");

    await expect(
      changeMemberRole(handle.db, tenantB, tenantB.actorUserId, "marketer"),
    ).rejects.toMatchObject({ status: 409 });
    await expect(removeMember(handle.db, tenantB, tenantB.actorUserId)).rejects.toMatchObject({
      status: 409,
    });
    expect((await findMembership(handle.db, tenantB.tenantId, tenantB.actorUserId))?.role).toBe(
      "admin",
    );
  });

  it("removes a member", async () => {
    const added = {
      userId: await seedMember(handle.db, tenantA.tenantId, {
        email: "leaver@example.test",
        password: "seeded-pass-2026",
        role: "marketer",
      }),
    };
    await removeMember(handle.db, tenantA, added.userId);
    expect(await findMembership(handle.db, tenantA.tenantId, added.userId)).toBeUndefined();
  });

  it("cannot reach another tenant's members through its own tenant id", async () => {
    const victim = {
      userId: await seedMember(handle.db, tenantB.tenantId, {
        email: "victim@example.test",
        password: "seeded-pass-2026",
        role: "marketer",
      }),
    };
    await expect(
      changeMemberRole(handle.db, tenantA, victim.userId, "admin"),
    ).rejects.toMatchObject({ status: 404 });
    await expect(removeMember(handle.db, tenantA, victim.userId)).rejects.toMatchObject({
      status: 404,
    });
    expect((await findMembership(handle.db, tenantB.tenantId, victim.userId))?.role).toBe(
      "marketer",
    );
    const emailsA = (await listMembers(handle.db, tenantA.tenantId)).map((m) => m.email);
    expect(emailsA).not.toContain("victim@example.test");
  });
});
