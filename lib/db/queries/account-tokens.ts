import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type AccountTokenKind, accountTokens, users } from "../schema";

export async function insertAccountToken(
  db: Db,
  values: { userId: string; kind: AccountTokenKind; tokenHash: string; expiresAt: Date },
) {
  await db.insert(accountTokens).values(values);
}

/** The unused token of that kind behind a link, with its user; expiry is the caller's check. */
export async function findUnusedAccountToken(db: Db, kind: AccountTokenKind, tokenHash: string) {
  const [row] = await db
    .select({ token: accountTokens, email: users.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(
      and(
        eq(accountTokens.tokenHash, tokenHash),
        eq(accountTokens.kind, kind),
        isNull(accountTokens.usedAt),
      ),
    )
    .limit(1);
  return row;
}

/**
 * Marks a token used; true only for the one caller that flipped it, so two clicks racing on the
 * same link cannot both succeed.
 */
export async function consumeAccountToken(db: Db, id: string, at = new Date()) {
  const rows = await db
    .update(accountTokens)
    .set({ usedAt: at })
    .where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt)))
    .returning({ id: accountTokens.id });
  return rows.length === 1;
}

/** Voids every unused token of a kind for a user (a newer link replaces the older ones). */
export async function voidAccountTokens(db: Db, userId: string, kind: AccountTokenKind) {
  await db
    .update(accountTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.kind, kind),
        isNull(accountTokens.usedAt),
      ),
    );
}
