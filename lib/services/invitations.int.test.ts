import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { findMembership } from "@/lib/db/queries/memberships";
import { invitations, type Tenant } from "@/lib/db/schema";
import type { MailCatcher } from "@/scripts/lib/mail-catcher";
import { markVerified } from "@/scripts/lib/seed-member";
import { linkMailedTo, mailTestEnv } from "@/test/support/mail-env";
import { createTestDb } from "@/test/support/test-db";
import { createOwnerAccount } from "./accounts";
import {
  acceptInvitation,
  inviteMember,
  resendInvitation,
  revokeInvitation,
  signUpFromInvitation,
} from "./invitations";

let handle: DbHandle;
let mail: MailCatcher;
let actor: { tenant: Tenant; actorUserId: string; origin: string };

const account = (tag: string) => ({
  name: tag,
  email: `${tag}@example.test`,
  password: "correct-horse-42",
  tenantName: `Team ${tag}`,
  tenantSlug: `team-${tag}`,
});
const tokenOf = (link: string | undefined) => link?.split("/invite/")[1] ?? "missing";

beforeAll(async () => {
  mail = await mailTestEnv();
  handle = await createTestDb();
  const owner = await createOwnerAccount(handle.db, account("owner"));
  actor = { tenant: owner.tenant, actorUserId: owner.userId, origin: "http://app.test" };
});
afterAll(async () => {
  await handle.close();
  await mail.close();
});

describe("invitations", () => {
  it("an account registered earlier under the address is not a member until it accepts", async () => {
    // The takeover: someone registers cfo@ first, then the workspace invites cfo@.
    const squatter = await createOwnerAccount(handle.db, account("cfo"));
    const invited = await inviteMember(handle.db, actor, {
      email: "cfo@example.test",
      role: "admin",
    });
    expect(invited).toMatchObject({ email: "cfo@example.test", role: "admin" });
    expect(await findMembership(handle.db, actor.tenant.id, squatter.userId)).toBeUndefined();
    const token = tokenOf(linkMailedTo(mail, "cfo@example.test"));
    // Unverified, it may not accept even with the link.
    await expect(
      acceptInvitation(handle.db, { userId: squatter.userId, emailVerified: false }, token),
    ).rejects.toMatchObject({ status: 403, code: "email_unverified" });
    expect(await findMembership(handle.db, actor.tenant.id, squatter.userId)).toBeUndefined();
  });

  it("only the invited, verified email accepts; then it is a member with that role, audited", async () => {
    await inviteMember(handle.db, actor, { email: "mia@example.test", role: "marketer" });
    const token = tokenOf(linkMailedTo(mail, "mia@example.test"));
    const other = await createOwnerAccount(handle.db, account("other"));
    await expect(
      acceptInvitation(handle.db, { userId: other.userId, emailVerified: true }, token),
    ).rejects.toMatchObject({ status: 403 });
    const mia = await createOwnerAccount(handle.db, account("mia"));
    await markVerified(handle.db, mia.userId);
    const joined = await acceptInvitation(
      handle.db,
      { userId: mia.userId, emailVerified: true },
      token,
    );
    expect(joined).toEqual({ tenantSlug: actor.tenant.slug, role: "marketer" });
    expect((await findMembership(handle.db, actor.tenant.id, mia.userId))?.role).toBe("marketer");
    const actions = (await listAudit(handle.db, actor.tenant.id)).map((a) => a.action);
    expect(actions).toContain("invitation.sent");
    expect(actions).toContain("invitation.accepted");
    // Used once: the same link no longer works.
    await expect(
      acceptInvitation(handle.db, { userId: mia.userId, emailVerified: true }, token),
    ).rejects.toMatchObject({ status: 410, message: expect.stringContaining("already") });
  });

  it("a revoked invitation is refused with a clear message", async () => {
    const sent = await inviteMember(handle.db, actor, { email: "rev@example.test", role: "admin" });
    const token = tokenOf(linkMailedTo(mail, "rev@example.test"));
    await revokeInvitation(handle.db, actor, sent.id);
    await expect(
      signUpFromInvitation(handle.db, { token, name: "R", password: "correct-horse-42" }),
    ).rejects.toMatchObject({ status: 410, message: expect.stringContaining("withdrawn") });
  });

  it("an expired invitation is refused; resending mails a new link and the old one dies", async () => {
    const sent = await inviteMember(handle.db, actor, { email: "exp@example.test", role: "admin" });
    const oldToken = tokenOf(linkMailedTo(mail, "exp@example.test"));
    await handle.db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(invitations.id, sent.id));
    await expect(
      signUpFromInvitation(handle.db, { token: oldToken, name: "E", password: "correct-horse-42" }),
    ).rejects.toMatchObject({ status: 410, message: expect.stringContaining("expired") });
    await resendInvitation(handle.db, actor, sent.id);
    const newToken = tokenOf(linkMailedTo(mail, "exp@example.test"));
    expect(newToken).not.toBe(oldToken);
    await expect(
      signUpFromInvitation(handle.db, { token: oldToken, name: "E", password: "correct-horse-42" }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      await signUpFromInvitation(handle.db, {
        token: newToken,
        name: "E",
        password: "correct-horse-42",
      }),
    ).toEqual({ email: "exp@example.test" });
  });

  it("stores only a digest of the link's token", async () => {
    await inviteMember(handle.db, actor, { email: "digest@example.test", role: "marketer" });
    const token = tokenOf(linkMailedTo(mail, "digest@example.test"));
    const rows = await handle.db.select().from(invitations);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
  });
});
