import type { Clock } from '../platform/clock';

/** Real time plus an offset the specs move (timeouts, lockouts, TOTP windows). */
export class TestClock {
  private offsetMs = 0;

  readonly now: Clock = () => new Date(Date.now() + this.offsetMs);

  advance(ms: number): void {
    this.offsetMs += ms;
  }

  /** Back to real time; sessions created meanwhile look younger, never older. */
  reset(): void {
    this.offsetMs = 0;
  }
}
