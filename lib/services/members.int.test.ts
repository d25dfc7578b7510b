import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import type { DbHandle } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { findMembership, listMembers } from "@/lib/db/queries/memberships";
import { createTestDb } from "@/lib/testing/test-db";
import { createOwnerAccount } from "./accounts";
import { addMember, changeMemberRole, removeMember } from "./members";

let handle: DbHandle;
let tenantA: { tenantId: string; actorUserId: string };
let tenantB: { tenantId: string; actorUserId: string };

beforeAll(async () => {
  handle = await createTestDb();
  const a = await createOwnerAccount(handle.db, {
    name: "A",
    email: "a@example.test",
    password: "password-a-123",
    tenantName: "A",
    tenantSlug: "tenant-a",
  });
  const b = await createOwnerAccount(handle.db, {
    name: "B",
    email: "b@example.test",
    password: "password-b-123",
    tenantName: "B",
    tenantSlug: "tenant-b",
  });
  tenantA = { tenantId: a.tenant.id, actorUserId: a.userId };
  tenantB = { tenantId: b.tenant.id, actorUserId: b.userId };
});
afterAll(() => handle.close());

describe("members", () => {
  it("adds a new person with a temporary password that signs them in", async () => {
    const added = await addMember(handle.db, tenantA, {
      email: "new@example.test",
      role: "marketer",
    });
    expect(added.temporaryPassword).toBeTruthy();
    const user = await authorizeCredentials(handle.db, {
      email: "new@example.test",
      password: added.temporaryPassword,
    });
    expect(user?.id).toBe(added.userId);
    expect((await findMembership(handle.db, tenantA.tenantId, added.userId))?.role).toBe(
      "marketer",
    );
    const audit = await listAudit(handle.db, tenantA.tenantId);
    expect(audit[0]).toMatchObject({ action: "member.added", target: "new@example.test" });
  });

  it("adds an existing user to a second tenant without touching their password", async () => {
    const added = await addMember(handle.db, tenantB, {
      email: "A@example.test",
      role: "marketer",
    });
    expect(added.temporaryPassword).toBeUndefined();
    expect(
      await authorizeCredentials(handle.db, {
        email: "a@example.test",
        password: "password-a-123",
      }),
    ).not.toBeNull();
  });

  it("refuses to add someone twice", async () => {
    await expect(
      addMember(handle.db, tenantA, { email: "new@example.test", role: "admin" }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("changes a role and refuses to demote or remove the last admin", async () => {
    const added = await addMember(handle.db, tenantA, {
      email: "promote@example.test",
      role: "marketer",
    });
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
    const added = await addMember(handle.db, tenantA, {
      email: "leaver@example.test",
      role: "marketer",
    });
    await removeMember(handle.db, tenantA, added.userId);
    expect(await findMembership(handle.db, tenantA.tenantId, added.userId)).toBeUndefined();
  });

  it("cannot reach another tenant's members through its own tenant id", async () => {
    const victim = await addMember(handle.db, tenantB, {
      email: "victim@example.test",
      role: "marketer",
    });
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
