/**
 * A small deterministic PRNG keyed by a string (FNV-1a hash seeding mulberry32), so each unit's
 * vendor and carriers depend only on its code: the same whatever the depth, order or run.
 * Not for secrets.
 */
export function randomFor(key: string): () => number {
  let state = fnv1a(key);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from weighted options with one draw of `random` (weights need not sum to 1). */
export function pickWeighted<T>(
  random: () => number,
  options: ReadonlyArray<{ value: T; weight: number }>,
): T {
  const total = options.reduce((sum, option) => sum + option.weight, 0);
  let draw = random() * total;
  for (const option of options) {
    draw -= option.weight;
    if (draw < 0) return option.value;
  }
  return options[options.length - 1]!.value;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
