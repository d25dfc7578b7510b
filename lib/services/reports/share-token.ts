import { createHash, randomBytes } from "node:crypto";

/** Share tokens say what they are, like API tokens (lib/public-api/token-format.ts). */
export const SHARE_PREFIX = "srr_";
// base64url of 32 bytes is 43 characters.
const SHARE_SHAPE = /^srr_[A-Za-z0-9_-]{43}$/;
const PREFIX_SHOWN = SHARE_PREFIX.length + 6;

export function newShareToken() {
  const token = `${SHARE_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashShareToken(token), prefix: token.slice(0, PREFIX_SHOWN) };
}

export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Whether a URL segment can be a share token at all (anything else is a 404 without a query). */
export const isShareToken = (value: string) => SHARE_SHAPE.test(value);
