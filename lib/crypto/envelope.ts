import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// v1:<keyId>:<iv>:<tag>:<ciphertext>, each part base64url. The key id (a hash prefix of the key,
// never the key) says which key sealed a value, so rotation can keep an old key for decryption.
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecryptionError";
  }
}

export interface EncryptionKey {
  id: string;
  key: Buffer;
}

/** Parses a base64 32-byte key and derives its public id. */
export function encryptionKey(base64: string): EncryptionKey {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error("An encryption key must be 32 bytes, base64-encoded.");
  return { id: createHash("sha256").update(key).digest("base64url").slice(0, 8), key };
}

export function encrypt(plaintext: string, { id, key }: EncryptionKey): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  // The version and key id are authenticated too: relabelling an envelope breaks it.
  cipher.setAAD(Buffer.from(`${VERSION}:${id}`));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString("base64url"));
  return [VERSION, id, ...parts].join(":");
}

/** The key id an envelope was sealed with, or undefined if it is not an envelope. */
export function envelopeKeyId(envelope: string): string | undefined {
  const parts = envelope.split(":");
  return parts.length === 5 && parts[0] === VERSION ? parts[1] : undefined;
}

/** Decrypts with whichever of `keys` sealed the envelope; fails loudly on anything else. */
export function decrypt(envelope: string, keys: EncryptionKey[]): string {
  const parts = envelope.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new DecryptionError(
      "The stored secret is not a recognised v1 envelope (truncated or corrupted).",
    );
  }
  const [, keyId, ivText, tagText, dataText] = parts as [string, string, string, string, string];
  const match = keys.find((k) => k.id === keyId);
  if (!match) {
    throw new DecryptionError(
      `The stored secret was sealed with encryption key ${keyId}, which is not configured: set it as ENCRYPTION_KEY_PREVIOUS or reconnect the integration.`,
    );
  }
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new DecryptionError("The stored secret is truncated or corrupted.");
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", match.key, iv);
    decipher.setAAD(Buffer.from(`${VERSION}:${keyId}`));
    decipher.setAuthTag(tag);
    return Buffer.concat([
      decipher.update(Buffer.from(dataText, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new DecryptionError(
      "The stored secret failed its integrity check (tampered, truncated or wrong key).",
    );
  }
}
