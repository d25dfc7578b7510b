import { type EncryptionKey, encryptionKey } from "./envelope";

export interface Keyring {
  /** Seals every new value. */
  current: EncryptionKey;
  /** Every key that may open a stored value: the current one first, then the previous one. */
  all: EncryptionKey[];
}

export function keyringFrom(current: string, previous?: string): Keyring {
  const currentKey = encryptionKey(current);
  const all = [currentKey];
  if (previous) {
    const previousKey = encryptionKey(previous);
    if (previousKey.id !== currentKey.id) all.push(previousKey);
  }
  return { current: currentKey, all };
}
