/**
 * A small, fast, seeded pseudo-random number generator (mulberry32) plus the helpers the seed
 * generator needs. Everything here is deterministic: the same seed always yields the same sequence.
 */

/** mulberry32: 32-bit state, good enough statistical quality for test data, very fast. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, used to derive independent sub-seeds from labels. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export interface Weighted<T> {
  value: T;
  weight: number;
}

export class Rng {
  private readonly nextFloat: () => number;
  readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    this.nextFloat = mulberry32(this.seed);
  }

  /** An independent generator whose sequence depends only on this seed and `label`. */
  fork(label: string): Rng {
    return new Rng((hashString(label) ^ Math.imul(this.seed, 0x9e3779b1)) >>> 0);
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.nextFloat();
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}): bad range`);
    }
    return min + Math.floor(this.nextFloat() * (max - min + 1));
  }

  /** Uniform float in [min, max). */
  float(min: number, max: number): number {
    return min + this.nextFloat() * (max - min);
  }

  /** true with probability p. */
  chance(p: number): boolean {
    return this.nextFloat() < p;
  }

  /** A uniformly chosen element; throws on an empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty array');
    const item = items[Math.floor(this.nextFloat() * items.length)];
    if (item === undefined) throw new RangeError('pick() hit a hole in the array');
    return item;
  }

  /** An element chosen with probability proportional to its weight; throws if nothing has positive weight. */
  weighted<T>(items: readonly Weighted<T>[]): T {
    let total = 0;
    for (const item of items) if (item.weight > 0) total += item.weight;
    if (total <= 0) throw new RangeError('weighted() needs at least one positive weight');
    let roll = this.nextFloat() * total;
    let last: T | undefined;
    for (const item of items) {
      if (item.weight <= 0) continue;
      last = item.value;
      roll -= item.weight;
      if (roll < 0) return item.value;
    }
    if (last === undefined) throw new RangeError('weighted() found no candidate');
    return last; // floating-point slack
  }

  /** Shorthand for weighted() over a `[value, weight]` table. */
  weightedEntries<T>(entries: readonly (readonly [T, number])[]): T {
    return this.weighted(entries.map(([value, weight]) => ({ value, weight })));
  }

  /** A shuffled copy (Fisher-Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.nextFloat() * (i + 1));
      const a = copy[i];
      const b = copy[j];
      if (a === undefined || b === undefined) throw new RangeError('shuffle() hit a hole in the array');
      copy[i] = b;
      copy[j] = a;
    }
    return copy;
  }

  /** `count` distinct elements in random order (count is clamped to the array length). */
  sample<T>(items: readonly T[], count: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, Math.min(count, items.length)));
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    if (alphabet.length === 0) throw new RangeError('chars() needs a non-empty alphabet');
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(this.nextFloat() * alphabet.length));
    return out;
  }

  digits(length: number): string {
    return this.chars(DIGITS, length);
  }

  hexUpper(length: number): string {
    return this.chars(HEX_UPPER, length);
  }
}

export const DIGITS = '0123456789';
export const HEX_UPPER = '0123456789ABCDEF';
export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Concur-style opaque id: 22-30 chars of [A-Za-z0-9] with one or two `$` inside, e.g. `gWjYOjoOorT3dhpHGto5H$poJuoa0m`. */
export const OPAQUE_ID_PATTERN = /^(?=.{22,30}$)[A-Za-z0-9]+(?:\$[A-Za-z0-9]+){1,2}$/;

/**
 * Hands out opaque ids and guarantees they are unique across everything created through the same
 * factory (the whole seed shares one). Ids usually start with `gW`, like the ids in Concur's docs.
 */
export class IdFactory {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const id = this.candidate();
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
    throw new Error('IdFactory: could not find a fresh id');
  }

  /** Reserve an id produced elsewhere, so next() never returns it. Throws on duplicates. */
  reserve(id: string): void {
    if (this.used.has(id)) throw new Error(`IdFactory: duplicate id ${id}`);
    this.used.add(id);
  }

  get size(): number {
    return this.used.size;
  }

  private candidate(): string {
    const rng = this.rng;
    const length = rng.int(22, 30);
    const dollars = rng.chance(0.35) ? 2 : 1;
    const prefix = rng.chance(0.8) ? 'gW' : rng.chars(ALPHANUMERIC, 2);
    const body = (prefix + rng.chars(ALPHANUMERIC, length - 2)).split('');
    // `$` never first, never last, never adjacent to another `$`, and not inside the `gW` prefix.
    const first = rng.int(3, length - 2);
    body[first] = '$';
    if (dollars === 2) {
      const options: number[] = [];
      for (let i = 3; i <= length - 2; i++) if (Math.abs(i - first) > 1) options.push(i);
      body[rng.pick(options)] = '$';
    }
    return body.join('');
  }
}
