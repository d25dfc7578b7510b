import { type Keyring, keyringFrom } from "@/lib/crypto/keyring";
import { env } from "@/lib/env";

let cached: Keyring | undefined;

/** The server's encryption keys, from ENCRYPTION_KEY (+ ENCRYPTION_KEY_PREVIOUS while rotating). */
export function serverKeyring(): Keyring {
  const { ENCRYPTION_KEY, ENCRYPTION_KEY_PREVIOUS } = env();
  cached ??= keyringFrom(ENCRYPTION_KEY, ENCRYPTION_KEY_PREVIOUS);
  return cached;
}
