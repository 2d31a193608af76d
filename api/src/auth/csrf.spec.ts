import { tokensMatch } from './csrf';

describe('tokensMatch', () => {
  it('when the tokens are equal, then they match; any difference or length does not', () => {
    expect(tokensMatch('abc123', 'abc123')).toBeTrue();
    expect(tokensMatch('abc123', 'abc124')).toBeFalse();
    expect(tokensMatch('abc123', 'abc1234')).toBeFalse();
    expect(tokensMatch('abc123', '')).toBeFalse();
  });
});
