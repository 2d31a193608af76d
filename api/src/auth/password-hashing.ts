import * as argon2 from 'argon2';
import { randomInt } from 'node:crypto';

/**
 * argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): about 130 ms per hash on
 * the 2-core development machine, measured when this was written. Sign-ins are throttled per
 * source address, which also bounds the memory an attacker can make the server spend.
 */
const HASH_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 65_536,
  timeCost: 3,
  parallelism: 4,
} as const;

/** Characters of generated passwords: no look-alikes (0/O, 1/l/I) to misread from a screen. */
const ALPHABETS = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '#%+-=@_'];
const ONE_TIME_PASSWORD_LENGTH = 16;

export class PasswordHasher {
  /** Hash of a random password nobody knows, verified against for unknown usernames. */
  private readonly decoy: Promise<string>;

  constructor() {
    this.decoy = this.hash(generateOneTimePassword());
  }

  hash(password: string): Promise<string> {
    return argon2.hash(password, HASH_OPTIONS);
  }

  /** False for a wrong password and for a malformed stored hash alike. */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends the time of a real verification and fails: a sign-in for a username that does not
   * exist must take as long as one for an account with a wrong password.
   */
  async verifyDecoy(password: string): Promise<false> {
    await this.verify(await this.decoy, password);
    return false;
  }

  /** Whether the password matches any of the given hashes (the password history). */
  async matchesAny(hashes: readonly string[], password: string): Promise<boolean> {
    for (const hash of hashes) {
      if (await this.verify(hash, password)) return true;
    }
    return false;
  }
}

/**
 * A random password with every character class, for new accounts and resets; shown once and
 * changed at first sign-in. 16 characters of ~62 symbols: about 94 bits.
 */
export function generateOneTimePassword(): string {
  const all = ALPHABETS.join('');
  const characters = ALPHABETS.map((alphabet) => alphabet[randomInt(alphabet.length)]!);
  while (characters.length < ONE_TIME_PASSWORD_LENGTH) characters.push(all[randomInt(all.length)]!);
  for (let i = characters.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [characters[i], characters[j]] = [characters[j]!, characters[i]!];
  }
  return characters.join('');
}
