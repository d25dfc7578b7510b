// Signed webhooks: HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret, so a
// receiver can tell the request came from this workspace and refuse replays of old ones.
// docs/alert-webhooks.md tells receivers how to verify.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "X-Alert-Signature";
export const TIMESTAMP_HEADER = "X-Alert-Timestamp";
/** A receiver should refuse a timestamp further than this from its own clock. */
export const TOLERANCE_SECONDS = 300;

/** A new endpoint secret: shown once to the admin who creates the endpoint. */
export function newEndpointSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** The signature header's value: "sha256=<hex>". */
export function signPayload(secret: string, timestamp: number, body: string): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `sha256=${mac}`;
}

/** The headers one delivery carries (timestamp in Unix seconds). */
export function signatureHeaders(secret: string, body: string, now = new Date()) {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    [TIMESTAMP_HEADER]: String(timestamp),
    [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
  };
}

/** What a receiver does: recompute, compare in constant time, and refuse stale timestamps. */
export function verifySignature(input: {
  secret: string;
  body: string;
  timestamp: string | null;
  signature: string | null;
  now?: Date;
}): boolean {
  const { secret, body, timestamp, signature } = input;
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signPayload(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
