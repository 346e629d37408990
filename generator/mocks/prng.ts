/**
 * A small seeded PRNG (sfc32) and a string hash to derive its seed. Integer
 * arithmetic only, so the same seed gives the same numbers on every machine.
 */

/** 32-bit FNV-1a of a string, mixed with `seed`. */
export function hashString(text: string, seed = 0): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export interface Random {
  /** A 32-bit unsigned integer. */
  uint32(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  boolean(): boolean;
}

/** A generator seeded by `seed` and a key, so every schema or record has its own stream. */
export function createRandom(seed: number, key: string): Random {
  let a = hashString(key, seed);
  let b = hashString(key, seed ^ 0x9e3779b9);
  let c = hashString(`${key}#`, seed);
  let d = 1;
  const uint32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  for (let warm = 0; warm < 12; warm++) uint32();
  const int = (min: number, max: number): number => {
    if (max <= min) return min;
    const span = max - min + 1;
    return span > 0x100000000 ? min + Math.floor((uint32() / 0x100000000) * span) : min + (uint32() % span);
  };
  return {
    uint32,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    boolean: () => (uint32() & 1) === 1,
  };
}
