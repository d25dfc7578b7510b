import { createHash, randomBytes } from "node:crypto";

/** A token for an emailed link (256 random bits, URL-safe) and the digest that is stored. */
export function newLinkToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

// SHA-256 is enough here: the token has 256 bits of entropy, so no salt or slow hash is needed.
export const hashLinkToken = (token: string) => createHash("sha256").update(token).digest("hex");
