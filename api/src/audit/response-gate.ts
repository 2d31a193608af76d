import type { Response } from 'express';

type Write = Response['write'];
type End = Response['end'];
/** write and end, called with whatever arguments the caller gave. */
type Send = (this: Response, ...args: unknown[]) => unknown;
interface HeldCall {
  kind: 'write' | 'end';
  args: unknown[];
}

/**
 * Holds a response's bytes until `beforeFirstByte` has settled, then sends them unchanged, or
 * lets `onFailure` answer instead (headers are still unsent then, so it can set a 500).
 *
 * Why at write/end and not on 'finish': 'finish' fires after the client has its answer, so a
 * failed audit write could no longer fail the request. Every way Express answers (json, send,
 * sendStatus, end, streams) goes through res.write or res.end. `beforeFirstByte` is asked
 * whether holding is still possible: a component that flushed the headers itself (express-
 * session saving a changed session) leaves nothing to hold.
 */
export function holdResponseUntil(
  res: Response,
  beforeFirstByte: (isHoldable: boolean) => Promise<void> | null,
  onFailure: (error: unknown, send: End) => void,
): void {
  const write = res.write as unknown as Send;
  const end = res.end as unknown as Send;
  const held: HeldCall[] = [];
  // Someone may have kept a reference to the wrappers (express-session keeps the res.end it
  // found), so they must stay correct after res.write/res.end are restored.
  let phase: 'undecided' | 'holding' | 'passing' | 'replaced' = 'undecided';

  const call = (kind: HeldCall['kind'], args: unknown[]): unknown =>
    (kind === 'write' ? write : end).apply(res, args);
  const restore = () => {
    res.write = write as unknown as Write;
    res.end = end as unknown as End;
  };
  const release = () => {
    phase = 'passing';
    restore();
    for (const { kind, args } of held.splice(0)) call(kind, args);
  };
  const replace = (error: unknown) => {
    phase = 'replaced';
    held.length = 0;
    restore();
    onFailure(error, end.bind(res) as unknown as End);
  };
  const intercept = (kind: HeldCall['kind'], args: unknown[]): unknown => {
    if (phase === 'passing') return call(kind, args);
    // The answer was replaced by the failure response: later bytes of the old one are dropped.
    if (phase === 'replaced') return kind === 'write' ? false : res;
    if (phase === 'undecided') {
      const gate = beforeFirstByte(!res.headersSent);
      if (gate === null) {
        phase = 'passing';
        restore();
        return call(kind, args);
      }
      phase = 'holding';
      gate.then(release, replace);
    }
    held.push({ kind, args });
    return kind === 'write' ? true : res;
  };

  res.write = ((...args: unknown[]) => intercept('write', args)) as Write;
  res.end = ((...args: unknown[]) => intercept('end', args)) as End;
}
