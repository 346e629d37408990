import type { Hash } from 'node:crypto';
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let crypto: Crypto | undefined;

/**
 * node:crypto, loaded on first use rather than when the module loads: a build step that finds its SDK up to date
 * never hashes anything, and loading node:crypto is about 10 ms of such a run (52 M instructions; the whole run
 * is about 140 ms, most of it Node's own start).
 */
function lazyCrypto(): Crypto {
  crypto ??= createRequire(import.meta.url)('node:crypto') as Crypto;
  return crypto;
}

/** A sha256 hash to feed in pieces. */
export function sha256Hash(): Hash {
  return lazyCrypto().createHash('sha256');
}

/** sha256 of text (as UTF-8) or bytes, hex. */
export function sha256(data: string | Uint8Array): string {
  return sha256Hash().update(data).digest('hex');
}

/** `bytes` random bytes as hex. */
export function randomHex(bytes: number): string {
  return lazyCrypto().randomBytes(bytes).toString('hex');
}
