import { changedFields } from './alert-rule-dialog';
import type { AlertRule } from './alerts-api.types';

const congested: AlertRule = {
  id: 3,
  kind: 'congested',
  severity: 'minor',
  isEnabled: true,
  raiseAfterSeconds: 300,
  clearAfterSeconds: 300,
  raiseThreshold: 0.9,
  clearThreshold: 0.8,
  flapChanges: 5,
  flapWindowSeconds: 1800,
  webhookUrl: null,
  hasWebhookSecret: false,
  updatedAt: '2026-11-23T07:00:00Z',
  updatedBy: null,
};

const formOf = (rule: AlertRule) => ({
  isEnabled: rule.isEnabled,
  severity: rule.severity,
  raiseAfterSeconds: rule.raiseAfterSeconds,
  clearAfterSeconds: rule.clearAfterSeconds,
  raiseThreshold: rule.raiseThreshold,
  clearThreshold: rule.clearThreshold,
  flapChanges: rule.flapChanges,
  flapWindowSeconds: rule.flapWindowSeconds,
  webhookUrl: rule.webhookUrl ?? '',
  webhookSecret: '',
});

describe('changedFields', () => {
  it('when nothing was touched, then nothing is sent (and nothing audited)', () => {
    expect(changedFields(congested, formOf(congested))).toEqual({});
  });

  it('when levels and the webhook change, then only those go, the secret only when typed', () => {
    const patch = changedFields(congested, {
      ...formOf(congested),
      raiseThreshold: 0.95,
      webhookUrl: ' https://noc.example.gov.cn/hook ',
      webhookSecret: 'sixteen-characters!',
    });
    expect(patch).toEqual({
      raiseThreshold: 0.95,
      webhookUrl: 'https://noc.example.gov.cn/hook',
      webhookSecret: 'sixteen-characters!',
    });
  });

  it('when the webhook URL is emptied, then it is removed (null)', () => {
    const withHook = { ...congested, webhookUrl: 'https://noc.example.gov.cn/hook' };
    expect(changedFields(withHook, { ...formOf(withHook), webhookUrl: '' })).toEqual({
      webhookUrl: null,
    });
  });
});
