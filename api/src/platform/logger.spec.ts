import { Writable } from 'node:stream';
import { createLogger } from './logger';

describe('createLogger', () => {
  function capture() {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    return { lines, logger: createLogger({ level: 'info', destination }) };
  }

  it('when a community or credential header is logged, then it is redacted', () => {
    const { lines, logger } = capture();
    logger.info({ community: 'public-1' }, 'top');
    logger.info({ node: { community: 'public-2' } }, 'nested');
    logger.info({ req: { body: { community: 'public-3' } } }, 'body');
    logger.info({ req: { headers: { authorization: 'Bearer t0ken', cookie: 'sid=s3cret' } } }, 'h');
    const text = lines.join('');
    for (const secret of ['public-1', 'public-2', 'public-3', 't0ken', 's3cret']) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('[redacted]');
  });
});
