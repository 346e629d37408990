import type { Hash } from 'node:crypto';
import { sha256Hash } from '../../hash/lazy-crypto.js';

/** Per set: a hash fed with its first `count` names, in insertion order. */
const chains = new WeakMap<ReadonlySet<string>, { hash: Hash; count: number; last: string | undefined }>();

/**
 * sha256 of a set's names in insertion order (each followed by a space), for a set that is only ever added to (the
 * type names `uniqueName` takes): each name is hashed once however often this is asked, where hashing the whole list
 * for every resource file grew with the square of the names. A set found shorter, or with another name where its
 * last hashed one was, is hashed again from its start.
 */
export function insertionOrderDigest(names: ReadonlySet<string>): string {
  let chain = chains.get(names);
  if (chain && !(names.size >= chain.count && nameAt(names, chain.count - 1) === chain.last)) chain = undefined;
  chain ??= { hash: sha256Hash(), count: 0, last: undefined };
  let index = 0;
  for (const name of names) {
    if (index++ < chain.count) continue;
    chain.hash.update(`${name} `);
    chain.last = name;
  }
  chain.count = names.size;
  chains.set(names, chain);
  return chain.hash.copy().digest('hex');
}

function nameAt(names: ReadonlySet<string>, position: number): string | undefined {
  let index = 0;
  for (const name of names) if (index++ === position) return name;
  return undefined;
}

/** The names added to `names` after its first `before`, in the order added. */
export function namesAddedAfter(names: ReadonlySet<string>, before: number): string[] {
  const added: string[] = [];
  let index = 0;
  for (const name of names) if (index++ >= before) added.push(name);
  return added;
}
