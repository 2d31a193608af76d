import { reasonTranslation } from './uplink-state-history-reasons';

describe('reasonTranslation', () => {
  it('when a member is down, then its index and carrier become the members param', () => {
    expect(
      reasonTranslation('member_down', { members: [{ memberIndex: 2, carrier: '中国联通' }] }),
    ).toEqual({ key: 'links.reason.member_down', params: { members: '2(中国联通)' } });
  });

  it('when congested, then the highest utilisation and the threshold come as percents', () => {
    const translation = reasonTranslation('congested', {
      members: [
        { memberIndex: 1, carrier: '中国电信', utilisation: 0.93 },
        { memberIndex: 2, carrier: '中国联通', utilisation: 0.97 },
      ],
      threshold: 0.9,
    });
    expect(translation?.params).toEqual(
      jasmine.objectContaining({
        utilisation: 97,
        threshold: 90,
        members: '1(中国电信)、2(中国联通)',
      }),
    );
  });

  it('when members are missing or compliant, then the counts are kept', () => {
    expect(reasonTranslation('members_missing', { present: 1, required: 2 })?.params).toEqual(
      jasmine.objectContaining({ present: 1, required: 2 }),
    );
    expect(
      reasonTranslation('compliant', { members: 2, memberBandwidthMbps: 200 })?.params,
    ).toEqual({
      members: 2,
      memberBandwidthMbps: 200,
    });
  });

  it('when the code is unknown, then there is no translation (the stored text is shown)', () => {
    expect(reasonTranslation('something_new', {})).toBeNull();
  });
});
