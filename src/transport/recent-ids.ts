/**
 * Remembers the ids of recently processed webhook events so a redelivered event is handled once.
 * Bounded by count and age: a Map keeps insertion order, so the oldest entries are evicted first.
 */
export class RecentIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxEntries = 5000,
    private readonly ttlMs = 10 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered (within the TTL); false for a repeat. */
  firstTime(id: string): boolean {
    const now = this.now();
    this.evict(now);
    const at = this.seen.get(id);
    if (at !== undefined && now - at < this.ttlMs) return false;
    this.seen.delete(id);
    this.seen.set(id, now);
    return true;
  }

  private evict(now: number): void {
    for (const [id, at] of this.seen) {
      if (this.seen.size <= this.maxEntries && now - at < this.ttlMs) break;
      this.seen.delete(id);
    }
  }
}
