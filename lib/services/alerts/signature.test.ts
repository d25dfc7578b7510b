import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  newEndpointSecret,
  SIGNATURE_HEADER,
  signatureHeaders,
  TIMESTAMP_HEADER,
  verifySignature,
} from "./signature";

const secret = "whsec_test-secret";
const body = JSON.stringify({ type: "alert", title: "seo tools left the top 10" });
const now = new Date("2026-12-02T10:00:00Z");

describe("webhook signature", () => {
  it("is HMAC-SHA256 of '<timestamp>.<body>' in hex, as the docs tell receivers", () => {
    const headers = signatureHeaders(secret, body, now);
    expect(headers[TIMESTAMP_HEADER]).toBe("1796205600");
    // Computed independently of signPayload, the way a receiver would.
    const mac = createHmac("sha256", secret).update(`1796205600.${body}`).digest("hex");
    expect(headers[SIGNATURE_HEADER]).toBe(`sha256=${mac}`);
  });

  it("verifies what it signed", () => {
    const headers = signatureHeaders(secret, body, now);
    const input = { secret, body, now };
    const ok = verifySignature({
      ...input,
      timestamp: headers[TIMESTAMP_HEADER]!,
      signature: headers[SIGNATURE_HEADER]!,
    });
    expect(ok).toBe(true);
  });

  it("refuses a changed body, another secret, a missing header or a stale timestamp", () => {
    const h = signatureHeaders(secret, body, now);
    const base = {
      secret,
      body,
      now,
      timestamp: h[TIMESTAMP_HEADER]!,
      signature: h[SIGNATURE_HEADER]!,
    };
    expect(verifySignature({ ...base, body: `${body} ` })).toBe(false);
    expect(verifySignature({ ...base, secret: "whsec_other" })).toBe(false);
    expect(verifySignature({ ...base, signature: null })).toBe(false);
    const later = new Date(now.getTime() + 301_000);
    expect(verifySignature({ ...base, now: later })).toBe(false);
  });

  it("makes a different, unguessable secret for every endpoint", () => {
    const a = newEndpointSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newEndpointSecret()).not.toBe(a);
  });
});
