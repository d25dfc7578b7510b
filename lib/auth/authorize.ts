import type { Db } from "@/lib/db/client";
import { findUserByEmail } from "@/lib/db/queries/users";
import { signInSchema } from "@/lib/validations/auth";
import { dummyPasswordHash, verifyPassword } from "./password";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * Checks credentials. Unknown email and wrong password both return null after the same
 * amount of hashing work, so neither the message nor the timing tells them apart.
 */
export async function authorizeCredentials(db: Db, input: unknown): Promise<SessionUser | null> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await findUserByEmail(db, parsed.data.email);
  const ok = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    parsed.data.password,
  );
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}
