/** The time source of the rules that depend on it (timeouts, lockout, TOTP); tests move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
