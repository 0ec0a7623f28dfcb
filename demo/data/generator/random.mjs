// Seeded pseudo-random numbers and deterministic ids. No Math.random, no clocks.

/** mulberry32: tiny 32-bit PRNG; same seed → same sequence. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** cyrb53 string hash → 53-bit integer. */
export function hash53(str, seed = 0) {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Convenience wrapper around mulberry32. */
export function createRng(seed) {
  const next = mulberry32(typeof seed === 'string' ? hash53(seed) % 4294967296 : seed);
  const rng = {
    next,
    /** Integer in [min, max] inclusive. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** k distinct items, order preserved from the source array. */
    sample: (arr, k) => {
      const idx = arr.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
      return idx.slice(0, k).sort((x, y) => x - y).map((i) => arr[i]);
    },
  };
  return rng;
}

const seen = new Map();

/**
 * Deterministic UUID-shaped id from a list of key parts (version nibble 4, variant 8..b).
 * The same parts always give the same id, so shared records (organizations, locations)
 * keep one id wherever they appear.
 */
export function makeId(...parts) {
  const key = parts.join('|');
  const hex = [1, 2, 3].map((s) => hash53(`${s}#${key}`, Math.imul(s, 0x9e3779b1)).toString(16).padStart(14, '0').slice(-13)).join('');
  const variant = '89ab'[parseInt(hex[16], 16) % 4];
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const prev = seen.get(id);
  if (prev !== undefined && prev !== key) throw new Error(`id collision: ${key} vs ${prev}`);
  seen.set(id, key);
  return id;
}
