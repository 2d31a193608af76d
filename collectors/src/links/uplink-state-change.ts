import type { UplinkState } from '@extranet/database';
import type { TierEvaluation } from './tier-evaluation';
import { formatTierReasonZh } from './tier-reason-text';

/** Row of uplink_state_changes, column names as in the table. */
export interface StateChangeRow {
  uplink_id: number;
  changed_at: Date;
  from_state: UplinkState | null;
  to_state: UplinkState;
  reason_code: string;
  reason_params: string;
  reason_text: string;
}

const MAX_REASON_TEXT_LENGTH = 255;

/**
 * The history row of one change of state: the reason as its code, its params as JSON (for the
 * console to translate) and the zh-CN sentence of the moment (for exports and plain readers).
 * `fromState` is null on the uplink's first evaluation.
 */
export function stateChangeOf(
  uplinkId: number,
  fromState: UplinkState | null,
  evaluation: TierEvaluation,
  changedAt: Date,
): StateChangeRow {
  const { code, ...params } = evaluation.reason;
  return {
    uplink_id: uplinkId,
    changed_at: changedAt,
    from_state: fromState,
    to_state: evaluation.state,
    reason_code: code,
    reason_params: JSON.stringify(params),
    reason_text: formatTierReasonZh(evaluation.reason).slice(0, MAX_REASON_TEXT_LENGTH),
  };
}
