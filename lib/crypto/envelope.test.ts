import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DecryptionError, decrypt, encrypt, encryptionKey, envelopeKeyId } from "./envelope";
import { keyringFrom } from "./keyring";

const key = () => randomBytes(32).toString("base64");
const CANARY = "canary-sk-0f1e2d3c4b5a69788796a5b4c3d2e1f0";

describe("AES-256-GCM envelope", () => {
  it("round-trips and never contains the plaintext", () => {
    const k = encryptionKey(key());
    const sealed = encrypt(CANARY, k);
    expect(sealed).toMatch(/^v1:[\w-]{8}:[\w-]+:[\w-]+:[\w-]+$/);
    expect(sealed).not.toContain(CANARY);
    expect(decrypt(sealed, [k])).toBe(CANARY);
  });

  it("uses a fresh IV each time", () => {
    const k = encryptionKey(key());
    expect(encrypt(CANARY, k)).not.toBe(encrypt(CANARY, k));
  });

  it("fails loudly on a tampered ciphertext, tag or key id", () => {
    const k = encryptionKey(key());
    const parts = encrypt(CANARY, k).split(":");
    const flip = (s: string) => (s[0] === "A" ? `B${s.slice(1)}` : `A${s.slice(1)}`);
    for (const index of [2, 3, 4]) {
      const tampered = [...parts];
      tampered[index] = flip(tampered[index]!);
      expect(() => decrypt(tampered.join(":"), [k])).toThrow(DecryptionError);
    }
    const relabelled = [...parts];
    relabelled[1] = "AAAAAAAA";
    expect(() => decrypt(relabelled.join(":"), [{ ...k, id: "AAAAAAAA" }])).toThrow(/integrity/);
  });

  it("fails loudly on a truncated envelope", () => {
    const k = encryptionKey(key());
    const sealed = encrypt(CANARY, k);
    expect(() => decrypt(sealed.slice(0, 20), [k])).toThrow(DecryptionError);
    expect(() => decrypt(sealed.slice(0, -4), [k])).toThrow(DecryptionError);
    expect(() => decrypt("", [k])).toThrow(DecryptionError);
  });

  it("says clearly when the sealing key is not configured, without leaking anything", () => {
    const sealed = encrypt(CANARY, encryptionKey(key()));
    const other = encryptionKey(key());
    expect(() => decrypt(sealed, [other])).toThrow(/not configured.*ENCRYPTION_KEY_PREVIOUS/);
    try {
      decrypt(sealed, [other]);
    } catch (error) {
      expect(String(error)).not.toContain(CANARY);
    }
  });

  it("a keyring opens values sealed with the previous key", () => {
    const oldKey = key();
    const sealed = encrypt(CANARY, encryptionKey(oldKey));
    const ring = keyringFrom(key(), oldKey);
    expect(decrypt(sealed, ring.all)).toBe(CANARY);
    expect(envelopeKeyId(sealed)).toBe(ring.all[1]!.id);
    expect(envelopeKeyId(encrypt(CANARY, ring.current))).toBe(ring.current.id);
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => encryptionKey(randomBytes(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
