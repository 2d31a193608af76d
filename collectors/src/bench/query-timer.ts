import type { Sequelize } from 'sequelize';
import type { AbstractQuery } from 'sequelize/types/dialects/abstract/query';

/** Time spent in one kind of statement during a cycle, as the collector waited for it. */
export interface StatementTiming {
  shape: string;
  count: number;
  totalMs: number;
}

/**
 * "UPDATE uplinks", "INSERT interface_samples", "SELECT nodes": the verb and the first table,
 * enough to tell a cycle's statements apart without their values.
 */
export function statementShape(sql: string): string {
  const text = sql.replace(/^Executing \([^)]*\):\s*/, '').trim();
  const verb = /^[A-Za-z]+/.exec(text)?.[0].toUpperCase() ?? '?';
  const table =
    verb === 'SELECT'
      ? /\bFROM\s+[`"]?(\w+)/i.exec(text)?.[1]
      : /^(?:INSERT\s+(?:IGNORE\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+[`"]?(\w+)/i.exec(
          text,
        )?.[1];
  return table ? `${verb} ${table}` : verb;
}

/** Sequelize sets `sql` on its query object when it runs it; the type does not declare it. */
type Query = AbstractQuery & { sql?: string };

/**
 * Client-side statement timings through Sequelize's beforeQuery/afterQuery hooks: the time
 * from handing a statement to the driver to its result, server and round trip included. The
 * bench's MariaDB has performance_schema off and is shared, so this is the per-query view
 * that needs no server setting.
 */
export class QueryTimer {
  private readonly started = new Map<Query, number>();
  private timings = new Map<string, StatementTiming>();

  constructor(sequelize: Sequelize) {
    sequelize.addHook('beforeQuery', (_options, query) => {
      this.started.set(query, performance.now());
    });
    sequelize.addHook('afterQuery', (_options, query: Query) => {
      const startedAt = this.started.get(query);
      this.started.delete(query);
      if (startedAt === undefined) return;
      const shape = statementShape(query.sql ?? '');
      const timing = this.timings.get(shape) ?? { shape, count: 0, totalMs: 0 };
      timing.count += 1;
      timing.totalMs += performance.now() - startedAt;
      this.timings.set(shape, timing);
    });
  }

  /** The timings since the last call, slowest total first, and a fresh start. */
  take(): StatementTiming[] {
    const taken = [...this.timings.values()].sort((a, b) => b.totalMs - a.totalMs);
    this.timings = new Map();
    return taken;
  }
}
