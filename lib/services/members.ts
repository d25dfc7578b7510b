import { ApiError } from "@/lib/api/errors";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import {
  countAdmins,
  deleteMembership,
  findMembership,
  setMemberRole,
} from "@/lib/db/queries/memberships";
import type { Role } from "@/lib/db/schema";

interface Actor {
  tenantId: string;
  actorUserId: string;
}

async function requireMember(db: Db, tenantId: string, userId: string) {
  const membership = await findMembership(db, tenantId, userId);
  if (!membership) throw new ApiError("not_found", "This member is not in this workspace.");
  return membership;
}

// A workspace without an admin could never manage its key or members again.
async function assertNotLastAdmin(db: Db, tenantId: string, role: Role) {
  if (role === "admin" && (await countAdmins(db, tenantId)) <= 1) {
    throw new ApiError(
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
