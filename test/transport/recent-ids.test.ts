import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../src/transport/recent-ids.js';

describe('RecentIds', () => {
  it('reports the first sighting only', () => {
    const ids = new RecentIds();
    expect(ids.firstTime('a')).toBe(true);
    expect(ids.firstTime('a')).toBe(false);
    expect(ids.firstTime('b')).toBe(true);
  });

  it('forgets ids after the TTL', () => {
    let now = 0;
    const ids = new RecentIds(10, 1000, () => now);
    expect(ids.firstTime('a')).toBe(true);
    now = 999;
    expect(ids.firstTime('a')).toBe(false);
    now = 2000;
    expect(ids.firstTime('a')).toBe(true);
  });

  it('stays bounded, evicting the oldest first', () => {
    const ids = new RecentIds(3, 60_000, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) expect(ids.firstTime(id)).toBe(true);
    // 'a' was evicted to keep 3 entries; 'd' is still remembered.
    expect(ids.firstTime('d')).toBe(false);
    expect(ids.firstTime('a')).toBe(true);
  });
});
