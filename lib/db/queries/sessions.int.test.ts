// The one statement behind every tenant request: the live session and the membership of the
// workspace in the URL. A member gets their role; anyone else gets a live session and no access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createOwnerAccount } from "@/lib/services/accounts";
import { seedMember } from "@/scripts/lib/seed-member";
import { createTestDb } from "@/test/support/test-db";
import { deleteSession, findLiveSessionAccess, insertSession } from "./sessions";

let handle: DbHandle;
const ids = { owner: "", marketer: "", tenantA: "", tenantB: "" };
const later = () => new Date(Date.now() + 60_000);

beforeAll(async () => {
  handle = await createTestDb();
  const a = await createOwnerAccount(handle.db, {
    name: "Owner A",
    email: "access-a@example.test",
    password: "correct-horse-42",
    tenantName: "Access A",
    tenantSlug: "access-a",
  });
  const b = await createOwnerAccount(handle.db, {
    name: "Owner B",
    email: "access-b@example.test",
    password: "correct-horse-42",
    tenantName: "Access B",
    tenantSlug: "access-b",
  });
  ids.owner = a.userId;
  ids.tenantA = a.tenant.id;
  ids.tenantB = b.tenant.id;
  ids.marketer = await seedMember(handle.db, a.tenant.id, {
    email: "access-m@example.test",
    password: "correct-horse-42",
    role: "marketer",
  });
});
afterAll(() => handle.close());

describe("findLiveSessionAccess", () => {
  it("gives a member their workspace and role, in one read with the session", async () => {
    const owner = await insertSession(handle.db, ids.owner, later());
    const marketer = await insertSession(handle.db, ids.marketer, later());
    const asOwner = await findLiveSessionAccess(handle.db, owner.id, "access-a");
    expect(asOwner).toMatchObject({ userId: ids.owner, email: "access-a@example.test" });
    expect(asOwner?.access?.tenant.id).toBe(ids.tenantA);
    expect(asOwner?.access?.role).toBe("admin");
    const asMarketer = await findLiveSessionAccess(handle.db, marketer.id, "access-a");
    expect(asMarketer?.access?.role).toBe("marketer");
    expect(asMarketer?.emailVerified).toBe(true);
  });

  it("a live session without membership, or for an unknown slug, has no access", async () => {
    const marketer = await insertSession(handle.db, ids.marketer, later());
    const other = await findLiveSessionAccess(handle.db, marketer.id, "access-b");
    expect(other?.userId).toBe(ids.marketer);
    expect(other?.access).toBeUndefined();
    const unknown = await findLiveSessionAccess(handle.db, marketer.id, "no-such-workspace");
    expect(unknown?.userId).toBe(ids.marketer);
    expect(unknown?.access).toBeUndefined();
  });

  it("an ended or expired session is no session at all", async () => {
    const ended = await insertSession(handle.db, ids.owner, later());
    await deleteSession(handle.db, ended.id);
    expect(await findLiveSessionAccess(handle.db, ended.id, "access-a")).toBeUndefined();
    const expired = await insertSession(handle.db, ids.owner, new Date(Date.now() - 1000));
    expect(await findLiveSessionAccess(handle.db, expired.id, "access-a")).toBeUndefined();
  });
});
