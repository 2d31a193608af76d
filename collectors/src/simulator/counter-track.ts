import { profileOctets, profileRateBps, type TrafficProfile } from './traffic-model';

/** One stretch of a counter's life: from startMs it counts from startOctets along a profile. */
interface CounterSegment {
  startMs: number;
  startOctets: bigint;
  profile: TrafficProfile;
}

/** Old segments kept so tests can still ask about intervals that span a scenario change. */
const MAX_SEGMENTS = 8;
const COUNTER64_MODULUS = 1n << 64n;

/**
 * A 64-bit octet counter as a pure function of time, piecewise along traffic profiles. A
 * scenario change starts a new segment at the counter's value at that instant, so the counter
 * never jumps unless told to (a reboot resets it to 0).
 */
export class CounterTrack {
  private readonly segments: CounterSegment[];

  constructor(startMs: number, startOctets: bigint, profile: TrafficProfile) {
    this.segments = [{ startMs, startOctets, profile }];
  }

  get profile(): TrafficProfile {
    return this.current().profile;
  }

  /** The counter at an instant: exact, monotonic within a segment. */
  octetsAt(epochMs: number): bigint {
    const segment = this.segmentAt(epochMs);
    const travelled = Math.floor(profileOctets(segment.profile, segment.startMs, epochMs));
    return (segment.startOctets + BigInt(travelled)) % COUNTER64_MODULUS;
  }

  rateBpsAt(epochMs: number): number {
    return profileRateBps(this.segmentAt(epochMs).profile, epochMs);
  }

  /** Continues from the current value along another profile from atMs on. */
  switchProfile(atMs: number, profile: TrafficProfile): void {
    this.startSegment({ startMs: atMs, startOctets: this.octetsAt(atMs), profile });
  }

  /** Restarts the counter at a given value (0 after a reboot). */
  resetTo(atMs: number, octets: bigint, profile: TrafficProfile): void {
    this.startSegment({ startMs: atMs, startOctets: octets, profile });
  }

  private startSegment(segment: CounterSegment): void {
    const current = this.current();
    if (segment.startMs < current.startMs) {
      throw new RangeError('A counter segment cannot start before the current one');
    }
    this.segments.push(segment);
    if (this.segments.length > MAX_SEGMENTS) {
      this.segments.shift();
    }
  }

  private current(): CounterSegment {
    return this.segments[this.segments.length - 1];
  }

  private segmentAt(epochMs: number): CounterSegment {
    for (let i = this.segments.length - 1; i > 0; i--) {
      if (epochMs >= this.segments[i].startMs) {
        return this.segments[i];
      }
    }
    return this.segments[0];
  }
}
