import type { Db } from "@/lib/db/client";
import { findUserByEmail } from "@/lib/db/queries/users";
import { signInSchema } from "@/lib/validations/auth";
import { assertNotThrottled, noteLoginFailure, noteLoginSuccess } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * Checks credentials. Unknown email and wrong password both return null after the same
 * amount of hashing work, so neither the message nor the timing tells them apart.
 * Throws LoginThrottledError (before any hashing) when this client must wait (see
 * login-throttle.ts); the throttle counts by email whether or not an account exists.
 */
export async function authorizeCredentials(
  db: Db,
  input: unknown,
  ip = "unknown",
): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertNotThrottled(db, email, ip);
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) {
    await noteLoginFailure(db, email, ip);
    return null;
  }
  await noteLoginSuccess(db, email, ip);
  return { id: user.id, email: user.email, name: user.name };
}
