import { describe, expect, it } from 'vitest';
import { lruCache } from './lru-cache';

describe('lruCache', () => {
  it('makes each value once and forgets the least recently used beyond its limit', () => {
    const made: string[] = [];
    const remember = lruCache<string>(2);
    const make = (key: string) =>
      remember(key, () => {
        made.push(key);
        return key.toUpperCase();
      });
    expect([make('a'), make('b'), make('a'), make('c'), make('a'), make('b')]).toEqual([
      'A',
      'B',
      'A',
      'C',
      'A',
      'B',
    ]);
    // "b" was the least recently used when "c" came, so it was made again.
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
