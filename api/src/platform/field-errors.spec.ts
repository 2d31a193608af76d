import { z } from 'zod';
import { fieldErrorsFromIssues, summariseFieldErrors } from './field-errors';

describe('fieldErrorsFromIssues', () => {
  const schema = z.strictObject({
    pageSize: z.coerce.number().int().max(500),
    nested: z.object({ carrier: z.string() }).optional(),
  });

  it('when keys are unknown, then each one is named as an unknown query parameter', () => {
    const result = schema.safeParse({ pageSize: '5', pagesize: '5', limit: '1' });
    expect(result.success).toBeFalse();
    expect(fieldErrorsFromIssues('query', result.error!.issues)).toEqual([
      { path: 'pagesize', message: 'unknown query parameter' },
      { path: 'limit', message: 'unknown query parameter' },
    ]);
  });

  it('when a nested value is wrong, then the path is dotted from the top', () => {
    const result = schema.safeParse({ pageSize: '900', nested: { carrier: 3 } });
    const fields = fieldErrorsFromIssues('body', result.error!.issues);
    expect(fields.map((field) => field.path)).toEqual(['pageSize', 'nested.carrier']);
  });

  it('when the whole part is wrong, then the part itself is named', () => {
    const result = schema.safeParse(undefined);
    expect(fieldErrorsFromIssues('body', result.error!.issues)[0]!.path).toBe('body');
  });

  it('when many fields fail, then the summary names three and counts the rest', () => {
    const fields = ['a', 'b', 'c', 'd', 'e'].map((path) => ({ path, message: 'x' }));
    expect(summariseFieldErrors(fields)).toBe('invalid request: a, b, c and 2 more');
  });
});
