import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('when an address fails as often as allowed, then it is refused with a retry time', async () => {
    const throttle = new SignInThrottle({ failures: 3, windowSeconds: 60 });
    for (let i = 0; i < 2; i += 1) await throttle.registerFailure('10.0.0.1');
    expect(await throttle.retryAfterSeconds('10.0.0.1')).toBeNull();
    await throttle.registerFailure('10.0.0.1');
    const retryAfter = await throttle.retryAfterSeconds('10.0.0.1');
    expect(retryAfter).toBeGreaterThan(50);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await throttle.retryAfterSeconds('10.0.0.2')).toBeNull();
    await throttle.forget('10.0.0.1');
    expect(await throttle.retryAfterSeconds('10.0.0.1')).toBeNull();
  });
});
