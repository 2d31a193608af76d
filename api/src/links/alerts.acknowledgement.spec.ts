import { acknowledge, unacknowledge, type AcknowledgementState } from './alerts.acknowledgement';

const open: AcknowledgementState = { acknowledgedAt: null, acknowledgedBy: null, ackComment: null };
const now = new Date('2026-11-23T08:00:00Z');

describe('alert acknowledgement rules', () => {
  it('when an unacknowledged alert is acknowledged with a comment, then who, when and the comment are kept', () => {
    expect(acknowledge(open, 'zhangwei', '  已通知电信抢修 ', now)).toEqual({
      ok: true,
      next: { acknowledgedAt: now, acknowledgedBy: 'zhangwei', ackComment: '已通知电信抢修' },
    });
  });

  it('when the comment is blank, then the acknowledgement is refused', () => {
    expect(acknowledge(open, 'zhangwei', '   ', now)).toEqual({
      ok: false,
      reason: 'comment_required',
    });
  });

  it('when the alert is already acknowledged, then a second acknowledgement is refused', () => {
    const acked = { acknowledgedAt: now, acknowledgedBy: 'lina', ackComment: '处理中' };
    expect(acknowledge(acked, 'zhangwei', '我来', now)).toEqual({
      ok: false,
      reason: 'already_acknowledged',
    });
  });

  it('when an acknowledged alert is un-acknowledged, then the acknowledgement is removed', () => {
    const acked = { acknowledgedAt: now, acknowledgedBy: 'lina', ackComment: '处理中' };
    expect(unacknowledge(acked)).toEqual({ ok: true, next: open });
  });

  it('when an alert is not acknowledged, then un-acknowledging is refused', () => {
    expect(unacknowledge(open)).toEqual({ ok: false, reason: 'not_acknowledged' });
  });
});
