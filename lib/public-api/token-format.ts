import { createHash, randomBytes } from "node:crypto";

/** Tokens say what they are (secret scanners and people can recognise one in a paste). */
export const TOKEN_PREFIX = "srd_";
const PREFIX_SHOWN = TOKEN_PREFIX.length + 6;
// base64url of 32 bytes is 43 characters.
const TOKEN_SHAPE = /^srd_[A-Za-z0-9_-]{43}$/;

export function newApiToken() {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, PREFIX_SHOWN) };
}

export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The token of an `Authorization: Bearer …` header, or null when there is none of our shape. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  const token = match?.[1];
  return token && TOKEN_SHAPE.test(token) ? token : null;
}
