import { AppError } from './app-error';
import { toErrorResponse } from './error-middleware';

describe('toErrorResponse', () => {
  it('when an AppError has fields, then status, code, message and fields are kept', () => {
    const error = AppError.invalidField('mgmtAddress', 'must be an IPv4 or IPv6 address literal');
    expect(toErrorResponse(error)).toEqual({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'invalid mgmtAddress: must be an IPv4 or IPv6 address literal',
          fields: [{ path: 'mgmtAddress', message: 'must be an IPv4 or IPv6 address literal' }],
        },
      },
    });
  });

  it('when body-parser rejects JSON or size, then 400 and 413 are validation failures', () => {
    expect(toErrorResponse({ type: 'entity.parse.failed', status: 400 }).status).toBe(400);
    const tooLarge = toErrorResponse({ type: 'entity.too.large', status: 413 });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('validation_failed');
  });

  it('when anything else is thrown, then a generic 500 without its message or stack', () => {
    const response = toErrorResponse(new Error('connect ECONNREFUSED 10.0.0.5:3306 password=x'));
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('internal');
    expect(JSON.stringify(response.body)).not.toContain('ECONNREFUSED');
    expect(JSON.stringify(response.body)).not.toContain('at ');
  });
});
