import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface SignInThrottleOptions {
  /** Failed sign-ins allowed per source address within the window. */
  failures: number;
  windowSeconds: number;
}

/** 20 failures in 15 minutes: far above a person mistyping, far below a password spray. */
export const DEFAULT_SIGN_IN_THROTTLE: SignInThrottleOptions = { failures: 20, windowSeconds: 900 };

/**
 * Failed sign-ins per source address, in memory (one API process). The per-account lockout
 * stops guessing one account's password; this stops one address trying many accounts, which
 * the lockout cannot see, and bounds the argon2 work an attacker can cause. Once tripped, the
 * address is refused until the window ends, whatever it sends.
 */
export class SignInThrottle {
  private readonly limiter: RateLimiterMemory;

  constructor(private readonly options: SignInThrottleOptions = DEFAULT_SIGN_IN_THROTTLE) {
    this.limiter = new RateLimiterMemory({
      keyPrefix: 'sign-in-failures',
      points: options.failures,
      duration: options.windowSeconds,
      blockDuration: options.windowSeconds,
    });
  }

  /** Seconds until the address may try again; null when it may try now. */
  async retryAfterSeconds(sourceAddress: string): Promise<number | null> {
    const state = await this.limiter.get(sourceAddress);
    if (!state || state.consumedPoints < this.options.failures) return null;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  async registerFailure(sourceAddress: string): Promise<void> {
    // A rejection only means the limit is now reached; the next attempt is refused up front.
    await this.limiter.consume(sourceAddress).catch(() => undefined);
  }

  /** Forgets an address (tests; an operator clearing a false alarm). */
  async forget(sourceAddress: string): Promise<void> {
    await this.limiter.delete(sourceAddress);
  }
}
