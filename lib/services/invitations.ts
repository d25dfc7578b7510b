import { ApiError, emailUnverified, isUniqueViolation } from "@/lib/api/errors";
import { dummyPasswordHash, hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import { hashLinkToken, newLinkToken } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import {
  findInvitationByTokenHash,
  findInvitationInTenant,
  findOpenInvitationForEmail,
  insertInvitation,
  updateInvitation,
} from "@/lib/db/queries/invitations";
import { findMembership } from "@/lib/db/queries/memberships";
import { findUserByEmail, findUserById } from "@/lib/db/queries/users";
import { type Invitation, memberships, type Role, type Tenant, users } from "@/lib/db/schema";
import { invitationMail } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

interface Actor {
  tenant: Tenant;
  actorUserId: string;
  /** The app's origin, for the link in the email. */
  origin: string;
}

export const invitationLink = (origin: string, token: string) => `${origin}/invite/${token}`;

export function invitationView(row: Pick<Invitation, "id" | "email" | "role" | "expiresAt">) {
  return { id: row.id, email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() };
}
export type InvitationView = ReturnType<typeof invitationView>;

async function mailInvitation(db: Db, actor: Actor, to: string, role: Role, token: string) {
  const inviter = await findUserById(db, actor.actorUserId);
  await sendMail(
    invitationMail({
      to,
      role,
      tenantName: actor.tenant.name,
      inviter: inviter?.name || inviter?.email || "An admin",
      link: invitationLink(actor.origin, token),
    }),
  );
}

/**
 * Invites an email to the workspace. Nobody is attached: the person must accept through the
 * link, signed in as that email. The reply is the same whether or not the address has an
 * account. Inviting an address that already has an open invitation replaces its link and role.
 */
export async function inviteMember(db: Db, actor: Actor, input: { email: string; role: Role }) {
  const existingUser = await findUserByEmail(db, input.email);
  if (existingUser && (await findMembership(db, actor.tenant.id, existingUser.id))) {
    throw new ApiError("conflict", `${input.email} is already a member of this workspace.`, {
      email: "Already a member",
    });
  }
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  // A second invitation to the same address replaces the first: one open link per person.
  const open = await findOpenInvitationForEmail(db, actor.tenant.id, input.email);
  if (open) await updateInvitation(db, open.id, { revokedAt: new Date() });
  const invitation = await insertInvitation(db, {
    tenantId: actor.tenant.id,
    email: input.email,
    role: input.role,
    tokenHash: hash,
    invitedBy: actor.actorUserId,
    expiresAt,
  });
  await writeAudit(db, actor.tenant.id, {
    actorUserId: actor.actorUserId,
    action: "invitation.sent",
    target: input.email,
    details: { role: input.role },
  });
  await mailInvitation(db, actor, input.email, input.role, token);
  return invitationView(invitation);
}

async function requireOpen(db: Db, tenantId: string, id: string) {
  const row = await findInvitationInTenant(db, tenantId, id);
  if (!row || row.acceptedAt || row.revokedAt) {
    throw new ApiError("not_found", "This invitation is no longer open.");
  }
  return row;
}

/** A fresh link (the old one stops working) and 7 more days. */
export async function resendInvitation(db: Db, actor: Actor, id: string) {
  const row = await requireOpen(db, actor.tenant.id, id);
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
  await updateInvitation(db, row.id, { tokenHash: hash, expiresAt });
  await writeAudit(db, actor.tenant.id, {
    actorUserId: actor.actorUserId,
    action: "invitation.resent",
    target: row.email,
  });
  await mailInvitation(db, actor, row.email, row.role, token);
  return invitationView({ ...row, expiresAt });
}

export async function revokeInvitation(db: Db, actor: Omit<Actor, "origin">, id: string) {
  const row = await requireOpen(db, actor.tenant.id, id);
  await updateInvitation(db, row.id, { revokedAt: new Date() });
  await writeAudit(db, actor.tenant.id, {
    actorUserId: actor.actorUserId,
    action: "invitation.revoked",
    target: row.email,
  });
}

export type InvitationState = "open" | "expired" | "revoked" | "accepted" | "unknown";

/** What a link leads to, for the invitation page (no secrets: names the workspace and email). */
export async function lookUpInvitation(db: Db, token: string, now = new Date()) {
  const found = await findInvitationByTokenHash(db, hashLinkToken(token));
  if (!found) return { state: "unknown" as const };
  const { invitation } = found;
  const state: InvitationState = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= now
        ? "expired"
        : "open";
  return {
    state,
    email: invitation.email,
    role: invitation.role,
    tenantName: found.tenantName,
    tenantSlug: found.tenantSlug,
    invitationId: invitation.id,
    tenantId: invitation.tenantId,
  };
}

export const INVITATION_REFUSALS: Record<Exclude<InvitationState, "open">, string> = {
  unknown: "This invitation link is not valid. Ask the workspace admin to send a new one.",
  expired:
    "This invitation has expired (invitations last 7 days). Ask the workspace admin to resend it.",
  revoked: "This invitation was withdrawn by the workspace admin.",
  accepted: "This invitation has already been accepted.",
};

/**
 * Accepts an invitation as the signed-in user: only when it is open, the user's email is the
 * invited one, and that email is verified. Then, and only then, the membership is created.
 */
export async function acceptInvitation(
  db: Db,
  user: { userId: string; emailVerified: boolean },
  token: string,
) {
  const found = await lookUpInvitation(db, token);
  if (found.state === "unknown") throw new ApiError("not_found", INVITATION_REFUSALS.unknown);
  if (found.state !== "open") {
    throw new ApiError("gone", INVITATION_REFUSALS[found.state]);
  }
  const account = await findUserById(db, user.userId);
  if (!account || account.email.toLowerCase() !== found.email.toLowerCase()) {
    throw new ApiError(
      "forbidden",
      `This invitation is for ${found.email}: sign in as that email to accept it.`,
    );
  }
  if (!user.emailVerified) {
    throw emailUnverified("accept an invitation");
  }
  const already = await findMembership(db, found.tenantId, user.userId);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    if (!already) {
      await t.insert(memberships).values({
        tenantId: found.tenantId,
        userId: user.userId,
        role: found.role,
      });
    }
    await updateInvitation(t, found.invitationId, { acceptedAt: new Date() });
    await writeAudit(t, found.tenantId, {
      actorUserId: user.userId,
      action: "invitation.accepted",
      target: found.email,
      details: { role: found.role },
    });
  });
  return { tenantSlug: found.tenantSlug, role: found.role };
}

/**
 * Creates the account an invitation is addressed to. Following the emailed link proves the
 * mailbox, so the account starts verified. An address that already has an account is left as
 * it is (the person signs in instead); the reply does not differ.
 */
export async function signUpFromInvitation(
  db: Db,
  input: { token: string; name: string; password: string },
) {
  const found = await lookUpInvitation(db, input.token);
  if (found.state === "unknown") throw new ApiError("not_found", INVITATION_REFUSALS.unknown);
  if (found.state !== "open") throw new ApiError("gone", INVITATION_REFUSALS[found.state]);
  assertStrongPassword(input.password, [found.email, input.name]);
  if (await findUserByEmail(db, found.email)) {
    await dummyPasswordHash();
    return { email: found.email };
  }
  try {
    await db.insert(users).values({
      email: found.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      emailVerifiedAt: new Date(),
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return { email: found.email };
}
