import { AlertKind, type AlertKind as Kind, type AlertRuleSettings } from '@extranet/database';

/**
 * What a rule's settings must satisfy after an edit, pure. Thresholds belong to the threshold
 * rules only (congestion: a share of the contract; collector staleness: heartbeat age in
 * seconds), and the clear level may not sit above the raise level, or the condition could
 * never end. Returns one message per offending field.
 */
export type RuleSettingsErrors = { path: string; message: string }[];

export const THRESHOLD_BOUNDS: Partial<Record<Kind, { min: number; max: number; unit: string }>> = {
  [AlertKind.Congested]: { min: 0.05, max: 1.5, unit: 'share of the contract' },
  [AlertKind.CollectorStale]: { min: 10, max: 86_400, unit: 'seconds' },
};

export function checkRuleSettings(
  settings: Pick<AlertRuleSettings, 'kind' | 'raiseThreshold' | 'clearThreshold'>,
): RuleSettingsErrors {
  const errors: RuleSettingsErrors = [];
  const bounds = THRESHOLD_BOUNDS[settings.kind];
  if (!bounds) {
    for (const path of ['raiseThreshold', 'clearThreshold'] as const) {
      if (settings[path] !== null)
        errors.push({ path, message: `the ${settings.kind} rule has no threshold` });
    }
    return errors;
  }
  for (const path of ['raiseThreshold', 'clearThreshold'] as const) {
    const value = settings[path];
    if (value === null) errors.push({ path, message: `required for the ${settings.kind} rule` });
    else if (value < bounds.min || value > bounds.max)
      errors.push({ path, message: `must be ${bounds.min}–${bounds.max} (${bounds.unit})` });
  }
  if (
    errors.length === 0 &&
    settings.clearThreshold !== null &&
    settings.raiseThreshold !== null &&
    settings.clearThreshold > settings.raiseThreshold
  ) {
    errors.push({ path: 'clearThreshold', message: 'must not be above raiseThreshold' });
  }
  return errors;
}
