import { AppError } from '../platform/app-error';
import type { AuditContext, AuditedWrites } from '../platform/audited-writes';
import { systemClock, type Clock } from '../platform/clock';
import { checkRuleSettings } from './alerts.rule-settings';
import type { AlertRulesRepository } from './alerts.rules-repository';
import type { AlertRulePatch, AlertRuleView } from './alerts.rules-schemas';

/** Seals a webhook secret at rest (the SecretBox); the collector opens it to sign. */
export interface WebhookSecretSealer {
  seal(plain: string): string;
}

export class AlertRulesService {
  constructor(
    private readonly rules: AlertRulesRepository,
    private readonly sealer: WebhookSecretSealer,
    private readonly audited: AuditedWrites,
    private readonly clock: Clock = systemClock,
  ) {}

  list(): Promise<AlertRuleView[]> {
    return this.rules.findAll();
  }

  /**
   * Applies an edit, checked against the rule's kind with the stored values filled in. The
   * collector picks it up at its next evaluation. The audit record says whether the secret
   * changed, never what it is.
   */
  async update(
    id: number,
    patch: AlertRulePatch,
    audit: AuditContext,
    username: string,
  ): Promise<AlertRuleView> {
    return this.audited.run(audit, async (transaction, record) => {
      const rule = await this.rules.findModel(id, transaction);
      if (!rule) throw AppError.notFound(`no alert rule with id ${id}`);
      const before = (await this.rules.findAll(transaction)).find((view) => view.id === id)!;
      const merged = {
        kind: rule.kind,
        raiseThreshold:
          patch.raiseThreshold !== undefined ? patch.raiseThreshold : rule.raiseThreshold,
        clearThreshold:
          patch.clearThreshold !== undefined ? patch.clearThreshold : rule.clearThreshold,
      };
      const errors = checkRuleSettings(merged);
      if (errors.length > 0) throw AppError.validation('invalid alert rule settings', errors);
      const { webhookSecret, ...settings } = patch;
      const values: Record<string, unknown> = {
        ...settings,
        updatedAt: this.clock(),
        updatedBy: username,
      };
      if (webhookSecret !== undefined)
        values['webhookSecretSealed'] =
          webhookSecret === null ? null : this.sealer.seal(webhookSecret);
      const after = await this.rules.update(rule, values, transaction);
      await record({
        action: 'alert_rules.update',
        objectType: 'alert_rule',
        objectId: String(id),
        before,
        after: { ...after, webhookSecretChanged: webhookSecret !== undefined },
        result: 'success',
      });
      return after;
    });
  }
}
