import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import {
  countAdmins,
  deleteMembership,
  findMembership,
  setMemberRole,
} from "@/lib/db/queries/memberships";
import { findUserByEmail } from "@/lib/db/queries/users";
import { memberships, type Role, users } from "@/lib/db/schema";
import { generateTemporaryPassword } from "./accounts";

interface Actor {
  tenantId: string;
  actorUserId: string;
}

/**
 * Adds a person to the tenant. Someone without an account gets one with a temporary password,
 * returned once so the admin can pass it on (there is no email delivery in this product yet).
 */
export async function addMember(db: Db, actor: Actor, input: { email: string; role: Role }) {
  const existing = await findUserByEmail(db, input.email);
  if (existing && (await findMembership(db, actor.tenantId, existing.id))) {
    throw new ApiError(409, "conflict", `${input.email} is already a member of this workspace.`, {
      email: "Already a member",
    });
  }
  let temporaryPassword: string | undefined;
  try {
    const userId = await db.transaction(async (tx) => {
      let id = existing?.id;
      if (!id) {
        temporaryPassword = generateTemporaryPassword();
        const [created] = await tx
          .insert(users)
          .values({ email: input.email, passwordHash: await hashPassword(temporaryPassword) })
          .returning({ id: users.id });
        id = created!.id;
      }
      await tx
        .insert(memberships)
        .values({ tenantId: actor.tenantId, userId: id, role: input.role });
      await writeAudit(tx as unknown as Db, actor.tenantId, {
        actorUserId: actor.actorUserId,
        action: "member.added",
        target: input.email,
        details: { role: input.role, newAccount: !existing },
      });
      return id;
    });
    return { userId, email: input.email, role: input.role, temporaryPassword };
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ApiError(409, "conflict", `${input.email} was just added by someone else.`);
    }
    throw error;
  }
}

async function requireMember(db: Db, tenantId: string, userId: string) {
  const membership = await findMembership(db, tenantId, userId);
  if (!membership) throw new ApiError(404, "not_found", "This member is not in this workspace.");
  return membership;
}

// A workspace without an admin could never manage its key or members again.
async function assertNotLastAdmin(db: Db, tenantId: string, role: Role) {
  if (role === "admin" && (await countAdmins(db, tenantId)) <= 1) {
    throw new ApiError(
      409,
      "conflict",
      "A workspace needs at least one admin: promote someone else first.",
    );
  }
}

export async function changeMemberRole(db: Db, actor: Actor, userId: string, role: Role) {
  const membership = await requireMember(db, actor.tenantId, userId);
  if (membership.role === role) return { userId, role };
  await assertNotLastAdmin(db, actor.tenantId, membership.role);
  await setMemberRole(db, actor.tenantId, userId, role);
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: "member.role_changed",
    target: userId,
    details: { from: membership.role, to: role },
  });
  return { userId, role };
}

export async function removeMember(db: Db, actor: Actor, userId: string) {
  const membership = await requireMember(db, actor.tenantId, userId);
  await assertNotLastAdmin(db, actor.tenantId, membership.role);
  await deleteMembership(db, actor.tenantId, userId);
  await writeAudit(db, actor.tenantId, {
    actorUserId: actor.actorUserId,
    action: "member.removed",
    target: userId,
    details: { role: membership.role },
  });
}
