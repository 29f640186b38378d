/**
 * A small seeded random source (mulberry32). Seeding must not depend on Math.random, so the same seed
 * always produces the same workspace; each kind of record draws from its own stream, so adding a new
 * kind later does not change the records generated before it.
 */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Fills a pattern: `#` becomes a digit, `@` an upper-case letter, anything else stays. */
  pattern: (template: string) => string;
}

const mulberry32 = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** FNV-1a, to turn a stream name into a seed offset. */
const hashString = (text: string) => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
};

const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

export const createRandom = (seed: number, stream = ''): Random => {
  const next = mulberry32((seed ^ hashString(stream)) >>> 0);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    pattern: (template) =>
      template.replace(/[#@]/g, (token) => (token === '#' ? String(int(0, 9)) : pick(letters))),
  };
};

/** Picks items in proportion to their weights; builds the cumulative table once for many draws. */
export const weightedPicker = <T>(items: readonly T[], weightOf: (item: T) => number) => {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += weightOf(item);
    cumulative.push(total);
  }
  return (random: Random): T => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return items[low] as T;
  };
};
