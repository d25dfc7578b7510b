import { createHash } from "node:crypto";

export interface SessionClaims {
  sub: string;
  sid?: string;
}

interface Entry {
  claims: SessionClaims;
  /** When the token expires (ms). */
  until: number;
}

// Reading the cookie (HKDF key derivation, then AES-CBC + HMAC of the JWE) was the costliest step
// of every signed-in request, yet one cookie value always decodes to the same claims. So the
// claims are kept per cookie digest until the token's own expiry. Revocation is unaffected: the
// session row is still read on every request. Only a digest is kept, never the cookie itself.
const MAX_ENTRIES = 2000;
const memo = new Map<string, Entry>();

export function memoKey(parts: readonly unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url");
}

export function recall(key: string, now = Date.now()): Entry | undefined {
  const entry = memo.get(key);
  if (entry && entry.until <= now) {
    memo.delete(key);
    return undefined;
  }
  return entry;
}

export function remember(key: string, entry: Entry): void {
  if (memo.size >= MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  memo.set(key, entry);
}
