import { Writable } from 'node:stream';
import { createLogger } from './logger';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { lines, stream };
}

describe('createLogger', () => {
  it('when a community is logged alone, in a target or one level deeper, then it is redacted', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', { destination: stream, level: 'info' });
    logger.info({ community: 'alpha-secret' }, 'plain');
    logger.info({ target: { host: '127.20.0.1', community: 'beta-secret' } }, 'nested');
    logger.info({ poll: { target: { community: 'gamma-secret' } } }, 'deeper');
    logger.info({ node: { snmpCommunitySealed: 'v1:sealed' } }, 'sealed');
    const output = lines.join('');
    for (const secret of ['alpha-secret', 'beta-secret', 'gamma-secret', 'v1:sealed']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('[redacted]');
    expect(output).toContain('127.20.0.1');
  });
});
