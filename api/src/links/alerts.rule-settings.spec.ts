import { AlertKind } from '@extranet/database';
import { checkRuleSettings } from './alerts.rule-settings';

describe('checkRuleSettings', () => {
  it('when congestion levels are a valid pair, then nothing is reported', () => {
    expect(
      checkRuleSettings({ kind: AlertKind.Congested, raiseThreshold: 0.9, clearThreshold: 0.8 }),
    ).toEqual([]);
  });

  it('when the clear level is above the raise level, then clearThreshold is named', () => {
    expect(
      checkRuleSettings({ kind: AlertKind.Congested, raiseThreshold: 0.8, clearThreshold: 0.9 }),
    ).toEqual([{ path: 'clearThreshold', message: 'must not be above raiseThreshold' }]);
  });

  it('when a threshold is out of its bounds or missing, then it is named', () => {
    expect(
      checkRuleSettings({ kind: AlertKind.Congested, raiseThreshold: 5, clearThreshold: null }).map(
        (e) => e.path,
      ),
    ).toEqual(['raiseThreshold', 'clearThreshold']);
    expect(
      checkRuleSettings({
        kind: AlertKind.CollectorStale,
        raiseThreshold: 5,
        clearThreshold: 5,
      }).map((e) => e.path),
    ).toEqual(['raiseThreshold', 'clearThreshold']);
  });

  it('when a rule without thresholds is given one, then it is refused', () => {
    expect(
      checkRuleSettings({ kind: AlertKind.UplinkDown, raiseThreshold: 0.5, clearThreshold: null }),
    ).toEqual([{ path: 'raiseThreshold', message: 'the uplink_down rule has no threshold' }]);
  });
});
