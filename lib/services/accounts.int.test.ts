import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { authorizeCredentials } from "@/lib/auth/authorize";
import type { DbHandle } from "@/lib/db/client";
import { runMigrations } from "@/lib/db/migrate";
import { findTenantAccess, listTenantsForUser } from "@/lib/db/queries/tenants";
import { auditLog, memberships, tenants, users } from "@/lib/db/schema";
import type { MailCatcher } from "@/scripts/lib/mail-catcher";
import { linkMailedTo, mailTestEnv } from "@/test/support/mail-env";
import { createTestDb } from "@/test/support/test-db";
import { CHECK_YOUR_EMAIL, createOwnerAccount, createTenant, signUp } from "./accounts";

let handle: DbHandle;
let mail: MailCatcher;
const ORIGIN = "http://app.test";
beforeAll(async () => {
  mail = await mailTestEnv();
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
  await mail.close();
});

const input = (tag: string) => ({
  name: `Person ${tag}`,
  email: `${tag}@example.test`,
  password: "correct-horse-42",
  tenantName: `Team ${tag}`,
  tenantSlug: `team-${tag}`,
});

async function rowCounts() {
  const { db } = handle;
  const [[u], [t], [m]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(tenants),
    db.select({ n: count() }).from(memberships),
  ]);
  return { users: u!.n, tenants: t!.n, memberships: m!.n };
}

describe("sign-up", () => {
  it("creates the user, the tenant, an admin membership and an audit entry", async () => {
    const { userId, tenant } = await createOwnerAccount(handle.db, input("alpha"));
    expect(tenant.slug).toBe("team-alpha");
    const access = await findTenantAccess(handle.db, "team-alpha", userId);
    expect(access?.role).toBe("admin");
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.tenantId, tenant.id));
    expect(audit.map((a) => a.action)).toEqual(["tenant.created"]);
    const [stored] = await handle.db.select().from(users).where(eq(users.id, userId));
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored!.passwordHash).not.toContain("correct-horse-42");
  });

  it("a new account starts unverified and gets a verification link by email", async () => {
    const result = await signUp(handle.db, input("golf"), ORIGIN);
    expect(result.created).toBe(true);
    const [stored] = await handle.db
      .select()
      .from(users)
      .where(eq(users.email, "golf@example.test"));
    expect(stored!.emailVerifiedAt).toBeNull();
    expect(linkMailedTo(mail, "golf@example.test")).toMatch(/^http:\/\/app\.test\/verify-email\//);
  });

  it("an address that has an account: same answer, nothing created, the owner is told by email", async () => {
    await createOwnerAccount(handle.db, input("bravo"));
    const before = await rowCounts();
    const attempt = { ...input("bravo2"), email: "BRAVO@Example.test" };
    const result = await signUp(handle.db, attempt, ORIGIN);
    expect(result).toEqual({ created: false });
    expect(await rowCounts()).toEqual(before);
    const told = mail.messages.filter((m) => m.to.includes("bravo@example.test"));
    expect(told.map((m) => m.subject)).toEqual([
      "You already have an SE Ranking Dashboard account",
    ]);
    expect(CHECK_YOUR_EMAIL).toContain("Check your email");
  });

  it.each([["password12"], ["Password1!"]])(
    "refuses the common password %s, saying why, and creates nothing",
    async (password) => {
      const before = await rowCounts();
      await expect(
        signUp(handle.db, { ...input("hotel"), password }, ORIGIN),
      ).rejects.toMatchObject({
        status: 422,
        fields: { password: expect.stringContaining("commonly used passwords") },
      });
      expect(await rowCounts()).toEqual(before);
    },
  );

  it("refuses a taken slug and creates nothing", async () => {
    await createOwnerAccount(handle.db, input("charlie"));
    const before = await rowCounts();
    const attempt = { ...input("charlie2"), tenantSlug: "team-charlie" };
    await expect(signUp(handle.db, attempt, ORIGIN)).rejects.toMatchObject({
      status: 409,
      fields: { tenantSlug: expect.any(String) },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("lets exactly one of two racing sign-ups for the same slug win", async () => {
    const results = await Promise.allSettled([
      createOwnerAccount(handle.db, { ...input("race1"), tenantSlug: "team-race" }),
      createOwnerAccount(handle.db, { ...input("race2"), tenantSlug: "team-race" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ApiError);
    expect(rejected.reason.status).toBe(409);
    const owners = await handle.db.select().from(tenants).where(eq(tenants.slug, "team-race"));
    expect(owners).toHaveLength(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password, any email case", async () => {
    await createOwnerAccount(handle.db, input("delta"));
    const user = await authorizeCredentials(handle.db, {
      email: "Delta@EXAMPLE.test",
      password: "correct-horse-42",
    });
    expect(user?.email).toBe("delta@example.test");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    await createOwnerAccount(handle.db, input("echo"));
    const wrong = await authorizeCredentials(handle.db, {
      email: "echo@example.test",
      password: "wrong-horse-42",
    });
    const unknown = await authorizeCredentials(handle.db, {
      email: "nobody@example.test",
      password: "correct-horse-42",
    });
    expect(wrong).toBeNull();
    expect(unknown).toBeNull();
    expect(await authorizeCredentials(handle.db, { email: "echo@example.test" })).toBeNull();
  });
});

describe("several tenants per user", () => {
  it("a user can create another tenant and is its admin", async () => {
    const { userId } = await createOwnerAccount(handle.db, input("foxtrot"));
    await createTenant(handle.db, userId, { tenantName: "Second", tenantSlug: "foxtrot-second" });
    const mine = await listTenantsForUser(handle.db, userId);
    expect(mine.map((t) => [t.slug, t.role]).sort()).toEqual([
      ["foxtrot-second", "admin"],
      ["team-foxtrot", "admin"],
    ]);
  });
});

describe("migrations", () => {
  it("are idempotent: running them again changes nothing", async () => {
    const before = await rowCounts();
    await runMigrations(handle);
    expect(await rowCounts()).toEqual(before);
  });
});
