let owned = false;

/**
 * Lets relieveHeap() run full collections: for a process that owns its heap (the command line), never for a
 * library caller's (the build plugins, the API). Kept apart from relieve-heap.ts so that the command line can say
 * so without loading node:v8 and node:vm, which an up-to-date check never needs (~34 M instructions).
 */
export function allowHeapRelief(): void {
  owned = true;
}

export function heapReliefAllowed(): boolean {
  return owned;
}
