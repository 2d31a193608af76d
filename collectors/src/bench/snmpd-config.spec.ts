import { snmpdConfig } from './snmpd-config';

describe('snmpdConfig', () => {
  const agent = { host: '127.0.0.1', port: 23161, community: 'a1b2c3d4e5f6' };

  it('when given a loopback agent, then it listens there only and answers one read-only community', () => {
    expect(snmpdConfig(agent).split('\n')).toEqual([
      'agentAddress udp:127.0.0.1:23161',
      'rocommunity a1b2c3d4e5f6 127.0.0.1',
      'master no',
      '',
    ]);
  });

  it('when the address is not loopback, then it refuses', () => {
    expect(() => snmpdConfig({ ...agent, host: '10.0.0.1' })).toThrowError(RangeError, /loopback/);
  });

  it('when the community could break the config line, then it refuses', () => {
    expect(() => snmpdConfig({ ...agent, community: 'pub lic#x' })).toThrowError(RangeError);
  });
});
