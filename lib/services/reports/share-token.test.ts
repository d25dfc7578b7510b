import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashShareToken, isShareToken, newShareToken, SHARE_PREFIX } from "./share-token";

describe("share tokens", () => {
  it("are prefixed, 256 random bits in base64url, and differ every time", () => {
    const a = newShareToken();
    const b = newShareToken();
    expect(a.token.startsWith(SHARE_PREFIX)).toBe(true);
    expect(Buffer.from(a.token.slice(SHARE_PREFIX.length), "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(isShareToken(a.token)).toBe(true);
  });

  it("are stored as their SHA-256 digest, never as themselves", () => {
    const { token, hash, prefix } = newShareToken();
    expect(hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hash).not.toContain(token.slice(SHARE_PREFIX.length));
    expect(hashShareToken(token)).toBe(hash);
    // The prefix shown in the list is too short to be the token.
    expect(token.startsWith(prefix)).toBe(true);
    expect(prefix.length).toBeLessThan(12);
  });

  it("refuses anything not of the token's shape (no database look-up for it)", () => {
    const { token } = newShareToken();
    for (const bad of [
      "",
      token.slice(0, -1),
      `${token}x`,
      token.replace(SHARE_PREFIX, "srd_"),
      `${SHARE_PREFIX}${"a".repeat(42)}=`,
      "00000000-0000-4000-8000-000000000000",
      `${SHARE_PREFIX}${"a".repeat(40)}/..`,
    ]) {
      expect(isShareToken(bad), bad).toBe(false);
    }
  });
});
