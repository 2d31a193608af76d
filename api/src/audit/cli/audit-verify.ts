import {
  ConfigurationError,
  DatabaseUnavailableError,
  loadAuditChainKey,
  openDatabase,
  verifyAuditChain,
  type ChainVerification,
} from '@extranet/database';

/** Exit codes: 0 the chain verifies, 1 it is broken, 2 it could not be checked at all. */
export const EXIT_BROKEN = 1;
export const EXIT_UNCHECKED = 2;

export function describeVerification(verification: ChainVerification, seconds: number): string {
  const took = `${seconds.toFixed(1)} s`;
  return verification.ok
    ? `audit chain OK: ${verification.checked} events verified in ${took}`
    : `audit chain BROKEN at event ${verification.firstBrokenId}: ${verification.reason} ` +
        `(${verification.checked} events verified before it, ${took})`;
}

/**
 * `npm run audit:verify`: walks the audit chain of DATABASE_URL (the default SQLite file when
 * unset, like the console) with the key of AUDIT_HMAC_KEY or <dataDir>/audit.key, prints one
 * line, and exits non-zero when broken, so cron or monitoring can alert on it. It only reads:
 * it may run under a database account without write rights.
 */
async function main(): Promise<number> {
  const startedAt = performance.now();
  let database;
  try {
    const key = loadAuditChainKey();
    database = await openDatabase();
    const verification = await verifyAuditChain(database.sequelize, key);
    console.log(describeVerification(verification, (performance.now() - startedAt) / 1000));
    return verification.ok ? 0 : EXIT_BROKEN;
  } catch (error) {
    const isExpected =
      error instanceof ConfigurationError || error instanceof DatabaseUnavailableError;
    console.error(
      `audit chain NOT CHECKED: ${isExpected ? (error as Error).message : String(error)}`,
    );
    return EXIT_UNCHECKED;
  } finally {
    await database?.close().catch(() => undefined);
  }
}

if (require.main === module) {
  void main().then((code) => process.exit(code));
}
