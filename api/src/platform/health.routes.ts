import type { Sequelize } from 'sequelize';
import { z } from 'zod';
import { Access } from './access-rules';
import { HttpReply, defineRoute, type ApiRoute } from './api-route';

export const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.enum(['ok', 'unreachable']),
    dialect: z.string(),
    version: z.string(),
    uptimeSeconds: z.number().int().min(0),
  })
  .meta({ id: 'Health' });

/** Liveness with a real database round-trip, bounded so a hung connection still answers. */
export function healthRoutes(
  sequelize: Sequelize,
  info: { version: string; startedAt: number; timeoutMs?: number },
): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: 'Service and database health',
      tag: 'health',
      // Monitoring probes it without an account; it says nothing beyond up/down and versions.
      access: Access.public(),
      response: { status: 200, description: 'Healthy', schema: HealthSchema },
      alternateStatuses: { 503: 'The database cannot be reached' },
      handle: async () => {
        const isDatabaseUp = await pingDatabase(sequelize, info.timeoutMs ?? 3000);
        const body = {
          status: isDatabaseUp ? ('ok' as const) : ('unavailable' as const),
          database: isDatabaseUp ? ('ok' as const) : ('unreachable' as const),
          dialect: sequelize.getDialect(),
          version: info.version,
          uptimeSeconds: Math.floor((Date.now() - info.startedAt) / 1000),
        };
        return isDatabaseUp ? body : new HttpReply(503, body);
      },
    }),
  ];
}

async function pingDatabase(sequelize: Sequelize, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([sequelize.query('SELECT 1').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
