/**
 * Deterministic pseudo-random numbers (mulberry32) so that a restarted simulator gives every
 * node the same boot time, utilisation and counter offsets: to the collector, a simulator
 * restart then looks like nothing happened, as on a real network.
 */
export type RandomSource = () => number;

export function seededRandom(...seedParts: number[]): RandomSource {
  let state = 0x9e3779b9;
  for (const part of seedParts) {
    state = Math.imul(state ^ (part >>> 0), 0x85ebca6b) ^ (state >>> 13);
  }
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A value in [low, high). */
export function between(random: RandomSource, low: number, high: number): number {
  return low + (high - low) * random();
}
