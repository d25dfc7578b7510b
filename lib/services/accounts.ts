import { ApiError, isUniqueViolation } from "@/lib/api/errors";
import { dummyPasswordHash, hashPassword } from "@/lib/auth/password";
import { assertStrongPassword } from "@/lib/auth/password-policy";
import type { Db } from "@/lib/db/client";
import { writeAudit } from "@/lib/db/queries/audit";
import { findTenantBySlug } from "@/lib/db/queries/tenants";
import { findUserByEmail } from "@/lib/db/queries/users";
import { memberships, tenants, users } from "@/lib/db/schema";
import { accountExistsMail } from "@/lib/mail/messages";
import { sendMail } from "@/lib/mail/send";
import type { SignUpInput } from "@/lib/validations/auth";
import { sendVerificationEmail } from "./account-links";

const slugTaken = () =>
  new ApiError("conflict", "This workspace address is taken: pick another.", {
    tenantSlug: "This address is taken: pick another",
  });

/** What sign-up answers, whether or not the address already had an account. */
export const CHECK_YOUR_EMAIL =
  "Check your email: we sent a link to confirm the address. You can sign in meanwhile.";

/** Sends mail but does not fail sign-up on it: the person can ask for the link again. */
async function mailQuietly(send: () => Promise<void>) {
  try {
    await send();
  } catch (error) {
    console.warn("[accounts] sign-up mail not sent", { code: (error as { code?: string }).code });
  }
}

/**
 * Sign-up: a user (unverified until they follow the emailed link), their tenant and their admin
 * membership, all or nothing. An address that already has an account gets an email instead of a
 * second account, and the caller gets the same answer, so sign-up does not reveal who has one.
 */
export async function signUp(db: Db, input: SignUpInput, origin: string) {
  assertStrongPassword(input.password, [input.email, input.name, input.tenantName]);
  if (await findTenantBySlug(db, input.tenantSlug)) throw slugTaken();
  const existing = await findUserByEmail(db, input.email);
  if (existing) {
    await dummyPasswordHash(); // the same hashing time as a real sign-up
    await mailQuietly(() =>
      sendMail(
        accountExistsMail({
          to: existing.email,
          signInLink: `${origin}/sign-in`,
          resetLink: `${origin}/forgot-password`,
        }),
      ),
    );
    return { created: false as const };
  }
  const created = await createOwnerAccount(db, input);
  await mailQuietly(() => sendVerificationEmail(db, created.userId, origin));
  return { created: true as const, ...created };
}

/**
 * The account, its workspace and its admin membership in one transaction (sign-up's last step;
 * fixtures and the demo seed call it directly). The account starts unverified.
 */
export async function createOwnerAccount(db: Db, input: SignUpInput) {
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
      throw new ApiError("conflict", "That email or workspace address was just taken: try again.");
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
