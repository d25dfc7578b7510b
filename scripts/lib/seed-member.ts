import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { memberships, type Role, users } from "@/lib/db/schema";

/**
 * Fixtures only (the demo seed and tests): a verified account that is a member of a workspace
 * at once. The product itself never attaches anyone without an accepted invitation.
 */
export async function seedMember(
  db: Db,
  tenantId: string,
  input: { email: string; password: string; role: Role; name?: string },
) {
  const [user] = await db
    .insert(users)
    .values({
      email: input.email,
      name: input.name ?? null,
      passwordHash: await hashPassword(input.password),
      emailVerifiedAt: new Date(),
    })
    .returning({ id: users.id });
  await db.insert(memberships).values({ tenantId, userId: user!.id, role: input.role });
  return user!.id;
}

/** Fixtures only: marks an account verified, as following the emailed link would. */
export async function markVerified(db: Db, userId: string) {
  const { eq } = await import("drizzle-orm");
  await db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, userId));
}
