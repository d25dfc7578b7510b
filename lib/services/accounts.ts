import { randomBytes } from "node:crypto";
import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import { findTenantBySlug } from "@/lib/db/queries/tenants";
import { findUserByEmail } from "@/lib/db/queries/users";
import { memberships, tenants, users } from "@/lib/db/schema";
import type { SignUpInput } from "@/lib/validations/auth";

const slugTaken = () =>
  new ApiError(409, "conflict", "This workspace address is taken: pick another.", {
    tenantSlug: "This address is taken: pick another",
  });

/** Sign-up: a user, their tenant and their admin membership, all or nothing. */
export async function signUp(db: Db, input: SignUpInput) {
  if (await findUserByEmail(db, input.email)) {
    throw new ApiError(
      409,
      "conflict",
      "An account with this email already exists: sign in instead.",
      {
        email: "An account with this email already exists",
      },
    );
  }
  if (await findTenantBySlug(db, input.tenantSlug)) throw slugTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash })
        .returning({ id: users.id });
      const [tenant] = await tx
        .insert(tenants)
        .values({ name: input.tenantName, slug: input.tenantSlug })
        .returning();
      await tx
        .insert(memberships)
        .values({ tenantId: tenant!.id, userId: user!.id, role: "admin" });
      await writeAudit(tx as unknown as Db, tenant!.id, {
        actorUserId: user!.id,
        action: "tenant.created",
      });
      return { userId: user!.id, tenant: tenant! };
    });
  } catch (error) {
    // Two sign-ups racing for the same email or slug: the unique index decides.
    if (isUniqueViolation(error)) {
      throw new ApiError(
        409,
        "conflict",
        "That email or workspace address was just taken: try again.",
      );
    }
    throw error;
  }
}

/** A further workspace for a signed-in user, who becomes its admin. */
export async function createTenant(
  db: Db,
  userId: string,
  input: { tenantName: string; tenantSlug: string },
) {
  if (await findTenantBySlug(db, input.tenantSlug)) throw slugTaken();
  try {
    return await db.transaction(async (tx) => {
      const [tenant] = await tx
        .insert(tenants)
        .values({ name: input.tenantName, slug: input.tenantSlug })
        .returning();
      await tx.insert(memberships).values({ tenantId: tenant!.id, userId, role: "admin" });
      await writeAudit(tx as unknown as Db, tenant!.id, {
        actorUserId: userId,
        action: "tenant.created",
      });
      return tenant!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken();
    throw error;
  }
}

/** Readable, unambiguous, ~95 bits: shown once to the admin who adds a new person. */
export function generateTemporaryPassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}7`;
}
