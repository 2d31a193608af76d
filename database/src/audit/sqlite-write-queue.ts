import type { Sequelize } from 'sequelize';

const tails = new WeakMap<Sequelize, Promise<unknown>>();

/**
 * Runs `work` after every earlier queued work on the same SQLite connection set has finished.
 *
 * Why: node-sqlite3 runs each statement on libuv's thread pool (4 threads). A writer waiting
 * in BEGIN IMMEDIATE for busy_timeout holds a pool thread the whole time, so a handful of
 * concurrent appends could take every thread while the lock holder cannot run its next
 * statement: all stall until busy_timeout. SQLite admits one writer anyway; queueing this
 * process's own appends keeps at most one of them waiting on the lock. Other processes (the
 * collector's retention job) still meet at the database lock. MySQL needs none of this.
 */
export function queueSqliteWrite<T>(sequelize: Sequelize, work: () => Promise<T>): Promise<T> {
  if (sequelize.getDialect() !== 'sqlite') return work();
  const previous = tails.get(sequelize) ?? Promise.resolve();
  const run = previous.then(work, work);
  tails.set(
    sequelize,
    run.catch(() => undefined),
  );
  return run;
}
