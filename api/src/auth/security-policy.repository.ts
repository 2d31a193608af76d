import {
  SECURITY_POLICY_FIELDS,
  SECURITY_POLICY_ROW_ID,
  authModels,
  type SecurityPolicy,
} from '@extranet/database';
import type { Sequelize, Transaction } from 'sequelize';
import { toIso } from '../platform/sql-values';

export interface SecurityPolicyView extends SecurityPolicy {
  updatedAt: string;
  updatedBy: number | null;
}

/** How long a read policy is trusted; edits through this process clear it at once. */
const CACHE_MS = 10_000;

/**
 * The policy profile, read on every authenticated request (timeouts), hence a short cache. Only
 * the API changes it, and it drops the cache when it does.
 */
export class SecurityPolicyRepository {
  private cached: { view: SecurityPolicyView; readAt: number } | null = null;

  constructor(private readonly sequelize: Sequelize) {}

  async current(): Promise<SecurityPolicyView> {
    const now = Date.now();
    if (this.cached && now - this.cached.readAt < CACHE_MS) return this.cached.view;
    const view = await this.read();
    this.cached = { view, readAt: now };
    return view;
  }

  /** Reads past the cache, inside the caller's transaction (for before/after in the audit). */
  async read(transaction?: Transaction): Promise<SecurityPolicyView> {
    const row = await authModels(this.sequelize).SecurityPolicy.findByPk(SECURITY_POLICY_ROW_ID, {
      transaction,
    });
    if (!row) throw new Error('security_policy has no row: the database is not migrated');
    const policy = Object.fromEntries(
      SECURITY_POLICY_FIELDS.map((field) => [field, Number(row.get(field))]),
    ) as unknown as SecurityPolicy;
    return { ...policy, updatedAt: toIso(row.updatedAt), updatedBy: row.updatedBy ?? null };
  }

  async update(
    policy: SecurityPolicy,
    updatedBy: number,
    now: Date,
    transaction: Transaction,
  ): Promise<void> {
    await authModels(this.sequelize).SecurityPolicy.update(
      { ...policy, updatedBy, updatedAt: now },
      { where: { id: SECURITY_POLICY_ROW_ID }, transaction },
    );
    this.cached = null;
  }

  /** Forget the cached policy (after a transaction rolled back, or in tests). */
  forget(): void {
    this.cached = null;
  }
}
