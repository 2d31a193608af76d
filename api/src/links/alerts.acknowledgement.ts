/**
 * Who may acknowledge what, pure. An acknowledgement says "someone is on it": it needs a
 * comment (what is being done), and is refused when already there so two operators do not
 * overwrite each other's note silently. Un-acknowledging hands the alert back; its comment is
 * optional. Cleared alerts can still be acknowledged, for the record of who looked at them.
 */
export interface AcknowledgementState {
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  ackComment: string | null;
}

export type AcknowledgementOutcome =
  | { ok: true; next: AcknowledgementState }
  | { ok: false; reason: 'already_acknowledged' | 'not_acknowledged' | 'comment_required' };

export function acknowledge(
  current: AcknowledgementState,
  by: string,
  comment: string,
  now: Date,
): AcknowledgementOutcome {
  if (current.acknowledgedAt !== null) return { ok: false, reason: 'already_acknowledged' };
  if (comment.trim() === '') return { ok: false, reason: 'comment_required' };
  return {
    ok: true,
    next: { acknowledgedAt: now, acknowledgedBy: by, ackComment: comment.trim() },
  };
}

export function unacknowledge(current: AcknowledgementState): AcknowledgementOutcome {
  if (current.acknowledgedAt === null) return { ok: false, reason: 'not_acknowledged' };
  return { ok: true, next: { acknowledgedAt: null, acknowledgedBy: null, ackComment: null } };
}
