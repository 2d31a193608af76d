import { AlertRule } from '@extranet/database';
import type { Transaction } from 'sequelize';
import type { AlertRuleView } from './alerts.rules-schemas';

export class AlertRulesRepository {
  async findAll(transaction?: Transaction): Promise<AlertRuleView[]> {
    const rules = await AlertRule.findAll({ order: [['id', 'ASC']], transaction });
    return rules.map(toView);
  }

  async findModel(id: number, transaction?: Transaction): Promise<AlertRule | null> {
    return AlertRule.findByPk(id, { transaction });
  }

  async update(
    rule: AlertRule,
    values: Partial<AlertRule>,
    transaction: Transaction,
  ): Promise<AlertRuleView> {
    await rule.update(values, { transaction });
    return toView(rule);
  }
}

export function toView(rule: AlertRule): AlertRuleView {
  return {
    id: rule.id,
    kind: rule.kind,
    severity: rule.severity,
    isEnabled: Boolean(rule.isEnabled),
    raiseAfterSeconds: rule.raiseAfterSeconds,
    clearAfterSeconds: rule.clearAfterSeconds,
    raiseThreshold: rule.raiseThreshold,
    clearThreshold: rule.clearThreshold,
    flapChanges: rule.flapChanges,
    flapWindowSeconds: rule.flapWindowSeconds,
    webhookUrl: rule.webhookUrl,
    hasWebhookSecret: rule.webhookSecretSealed !== null,
    updatedAt: rule.updatedAt.toISOString(),
    updatedBy: rule.updatedBy,
  };
}
