import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY, STYLESHEET_ONLOAD_HASH } from './security-headers';

describe('content security policy', () => {
  it("when Angular's stylesheet loader is hashed, then the hash is that exact handler", () => {
    const digest = createHash('sha256').update("this.media='all'").digest('base64');
    expect(STYLESHEET_ONLOAD_HASH).toBe(`'sha256-${digest}'`);
  });

  it('when scripts are considered, then only same-origin files run: no inline, no eval', () => {
    expect(CONTENT_SECURITY_POLICY.scriptSrc).toEqual(["'self'"]);
    expect(JSON.stringify(CONTENT_SECURITY_POLICY)).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY.scriptSrcAttr).not.toContain("'unsafe-inline'");
  });
});
