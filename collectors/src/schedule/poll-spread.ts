/**
 * Where in its interval a node is polled: a fixed offset from the tick, derived from the node
 * id alone, so every node keeps a constant period (a rate's interval never stretches or
 * shrinks from one cycle to the next) and the polls of a group are spread over the first
 * `share` of the interval instead of bursting at :00. The rest of the interval is left for
 * retries of the last nodes and for the writes.
 */
export function spreadOffsetMs(nodeId: number, intervalSeconds: number, share: number): number {
  if (!(share > 0)) return 0;
  const windowMs = Math.floor(intervalSeconds * 1_000 * Math.min(share, 1));
  return Math.floor(unitFraction(nodeId) * windowMs);
}

export const DEFAULT_POLL_SPREAD = 0.5;

/**
 * A well-mixed fraction in [0, 1) of an integer id (the finaliser of MurmurHash3): consecutive
 * ids (a county's townships were seeded together) land far apart.
 */
export function unitFraction(id: number): number {
  let hash = id >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return (hash >>> 0) / 2 ** 32;
}
