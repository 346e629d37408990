/** The most the store holds; past either limit the oldest records are dropped first. */
export const STORE_LIMITS = {
  /** Records over all collections. */
  items: 10_000,
  /** Bytes of record JSON over all collections. */
  bytes: 64 * 1024 * 1024,
  /** Collections remembered as already preloaded. */
  collections: 10_000,
} as const;

export type StoredRecord = Record<string, unknown>;

interface Entry {
  collection: string;
  id: string;
  bytes: number;
  /** Creation number, for page cursors that survive deletions. */
  seq: number;
}

/**
 * In-memory records per collection (keyed by the concrete collection path,
 * e.g. `/contacts/7/emails`), in creation order, bounded by {@link STORE_LIMITS}.
 */
export class RecordStore {
  private readonly collections = new Map<string, Map<string, StoredRecord>>();
  /** Every record in creation order, for eviction. */
  private readonly order = new Map<string, Entry>();
  private readonly seeded = new Set<string>();
  private bytes = 0;
  private nextSeq = 1;

  constructor(private readonly limits: { items: number; bytes: number; collections: number } = STORE_LIMITS) {}

  /** True the first time a collection is touched, so it can be preloaded once. */
  firstVisit(collection: string): boolean {
    if (this.seeded.has(collection)) return false;
    this.seeded.add(collection);
    if (this.seeded.size > this.limits.collections) this.seeded.delete(this.seeded.values().next().value as string);
    return true;
  }

  /** The records of a collection in creation order, each with its creation number. */
  list(collection: string): { seq: number; record: StoredRecord }[] {
    return [...(this.collections.get(collection)?.entries() ?? [])].map(([id, record]) => ({ seq: this.order.get(key(collection, id))?.seq ?? 0, record }));
  }

  get(collection: string, id: string): StoredRecord | undefined {
    return this.collections.get(collection)?.get(id);
  }

  /** Adds a record or replaces it in place, then drops the oldest records while over a limit. */
  put(collection: string, id: string, record: StoredRecord): void {
    const records = this.collections.get(collection) ?? new Map<string, StoredRecord>();
    this.collections.set(collection, records);
    records.set(id, record);
    const bytes = JSON.stringify(record).length;
    const existing = this.order.get(key(collection, id));
    if (existing) {
      this.bytes += bytes - existing.bytes;
      existing.bytes = bytes;
    } else {
      this.order.set(key(collection, id), { collection, id, bytes, seq: this.nextSeq++ });
      this.bytes += bytes;
    }
    while (this.order.size > this.limits.items || (this.bytes > this.limits.bytes && this.order.size > 1)) {
      const oldest = this.order.values().next().value as Entry;
      this.remove(oldest.collection, oldest.id);
    }
  }

  remove(collection: string, id: string): StoredRecord | undefined {
    const records = this.collections.get(collection);
    const record = records?.get(id);
    if (!records || !record) return undefined;
    records.delete(id);
    if (records.size === 0) this.collections.delete(collection);
    this.bytes -= this.order.get(key(collection, id))?.bytes ?? 0;
    this.order.delete(key(collection, id));
    return record;
  }

  size(): { items: number; bytes: number } {
    return { items: this.order.size, bytes: this.bytes };
  }
}

function key(collection: string, id: string): string {
  return `${collection}\u0000${id}`;
}
