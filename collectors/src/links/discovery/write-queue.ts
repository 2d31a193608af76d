/**
 * Runs writes one after another. Walks run concurrently, but their writes are queued: on
 * SQLite each waiting writer holds one of libuv's four threads in its busy handler, so a
 * dozen concurrent write transactions starve the one holding the lock and nothing moves.
 * Discovery writes are small; one at a time costs little on MariaDB too.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(write: () => Promise<T>): Promise<T> {
    const result = this.tail.then(write, write);
    // The queue goes on whether a write succeeds or fails; the caller sees the outcome.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
