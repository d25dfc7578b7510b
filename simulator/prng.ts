// Deterministic hashing and PRNG. The universe must be identical across restarts and machines,
// so nothing that feeds it may touch Math.random or the wall clock.

/** murmur3's finaliser: spreads nearby inputs (row 1, row 2, ...) over the whole 32-bit range. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit FNV-1a over UTF-16 code units, finished with fmix32 (FNV alone clusters short strings). */
export function hashString(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Derives an independent seed from a parent seed and an integer (row index, day number...). */
export function mixSeed(seed: number, n: number): number {
  return fmix32((seed ^ Math.imul(n + 1, 0x9e3779b9)) >>> 0);
}

/** Maps a 32-bit hash to [0, 1). */
export function unit(hash: number): number {
  return (hash >>> 0) / 4294967296;
}

export type Rng = () => number;

/** mulberry32: tiny, fast and good enough for plausible-looking test data. Returns [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [min, max], both inclusive. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
