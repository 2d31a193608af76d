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

describe('createLogger with sign-in data', () => {
  it('when passwords, TOTP secrets or tokens are logged, then they are redacted', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = createLogger({ level: 'info', destination });
    logger.info({ password: 'Pw-one-1' }, 'top');
    logger.info({ body: { currentPassword: 'Pw-two-2', newPassword: 'Pw-three-3' } }, 'change');
    logger.info({ account: { passwordHash: '$argon2id$h4sh', totpSecretSealed: 'v1:s34l' } }, 'a');
    logger.info({ enrollment: { secret: 'JBSWY3DPEHPK3PXP' } }, 'totp');
    logger.info({ req: { headers: { 'x-xsrf-token': 'xsrf-t0ken' } } }, 'csrf');
    const text = lines.join('');
    for (const secret of [
      'Pw-one-1',
      'Pw-two-2',
      'Pw-three-3',
      'h4sh',
      's34l',
      'JBSWY3DP',
      't0ken',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
