export * from './links/choices';
export * from './links/discovery-choices';
export * from './links/models';
export * from './links/traffic-history/traffic-resolutions';
export * from './links/traffic-history/traffic-retention';
export * from './alerts/choices';
export * from './alerts/default-alert-rules';
export * from './auth/choices';
export * from './auth/models';
export * from './auth/role-rules';
export * from './auth/scope';
export * from './auth/security-policy';
export * from './auth/password-rules';
export * from './auth/lockout';
export * from './auth/session-timeouts';
export * from './audit';
export { MIGRATIONS, type Migration } from './migrations';
export { migrateDatabase, type MigrationLogger } from './migrations/migrator';
export { resetDatabaseForTests } from './migrations/reset-database';
export { ConfigurationError } from './config/configuration-error';
export { resolveDataDir } from './config/data-dir';
export { DatabaseUnavailableError } from './connection/database-unavailable-error';
export { parseDatabaseUrl, type DatabaseConfig } from './connection/database-url';
export { openDatabase, type Database, type OpenDatabaseOptions } from './connection/open-database';
export { SecretBox, SealedSecretError } from './crypto/secret-box';
export {
  seedExtranet,
  isExtranetSeeded,
  DEFAULT_SIMULATOR_PORT,
  type SeedReport,
  type SeedOptions,
} from './links/seed/seed-extranet';
export { SEED_DEPTHS, IF_INDEX, type SeedDepth } from './links/seed/extranet-plan';
export { TIER_POLICY_SEEDS, type TierPolicySeed } from './links/seed/tier-policy-seeds';
export { MANAGEMENT_RANGE } from './links/seed/management-addresses';
export { resealNodeCommunities } from './links/reseal-node-communities';
export {
  HUBEI_PROVINCE_CODE,
  loadHubeiDivisions,
  type Division,
  type HubeiDivisions,
} from './reference/hubei-divisions';
