import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { heapReliefAllowed } from './heap-owner.js';

export { allowHeapRelief } from './heap-owner.js';

/** Below this the heap is left to V8: a collection would cost more than the memory it returns. */
const FLOOR_BYTES = 96 * 1024 * 1024;

let collect: (() => void) | undefined;
let threshold = FLOOR_BYTES;

/**
 * On a large spec, emit and format make garbage faster than V8's heuristics collect it: on GitHub's 13 MB spec the
 * heap climbs from ~55 MB live to ~150 MB before V8's next full collection, and that garbage was most of the peak
 * memory.
 *
 * Between two files: a full collection once the heap holds more than the floor and half again what was live after
 * the last one. A no-op unless allowHeapRelief() was called.
 */
export function relieveHeap(): void {
  if (!heapReliefAllowed() || getHeapStatistics().used_heap_size < threshold) return;
  collect ??= exposedCollector();
  collect();
  threshold = Math.max(FLOOR_BYTES, getHeapStatistics().used_heap_size * 1.5);
}

let gcFlagSet = false;

/** Sets V8's `--expose-gc`, which gives `gc` to contexts made after it (not to the main one). */
export function enableGcFlag(): void {
  if (gcFlagSet) return;
  setFlagsFromString('--expose-gc');
  gcFlagSet = true;
}

/** V8's `gc`, which a context made after the flag is set carries (made here, on first need: it costs ~2 ms). */
function exposedCollector(): () => void {
  enableGcFlag();
  return runInNewContext('gc') as () => void;
}
