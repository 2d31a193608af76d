import { Permission, UNIT_LEVELS, type UnitLevel } from '@extranet/database';
import { QueryTypes, type Sequelize } from 'sequelize';
import { z } from 'zod';
import { UnitRefSchema } from '../links/link-refs.schemas';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { LIKE_ESCAPE_CLAUSE, escapeLike, searchText } from '../platform/query-params';

const MAX_MATCHES = 50;

const ScopeUnitQuerySchema = z.strictObject({
  q: searchText.optional().meta({ description: 'Name contains or code starts with' }),
  level: z.enum(UNIT_LEVELS as [UnitLevel, ...UnitLevel[]]).optional(),
});

const ScopeUnitListSchema = z
  .object({ items: z.array(UnitRefSchema.extend({ parentCode: z.string().nullable() })) })
  .meta({ id: 'ScopeUnitList' });

/**
 * Units and departments to pick a scope from. The security admin assigns scopes but may not
 * read network data (the links API), so the picker has its own small, data-free lookup.
 */
export function scopeUnitRoutes(sequelize: Sequelize): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/units',
      operationId: 'findScopeUnits',
      summary: `Units to choose a scope from (at most ${MAX_MATCHES}, by code)`,
      tag: 'admin',
      access: Access.permission(Permission.AccountsRead),
      query: ScopeUnitQuerySchema,
      response: { status: 200, description: 'Matching units', schema: ScopeUnitListSchema },
      handle: async ({ query }) => {
        const clauses: string[] = [];
        const replacements: Record<string, unknown> = { limit: MAX_MATCHES };
        if (query.q) {
          clauses.push(
            `(name LIKE :contains ${LIKE_ESCAPE_CLAUSE} OR code LIKE :prefix ${LIKE_ESCAPE_CLAUSE})`,
          );
          replacements['contains'] = `%${escapeLike(query.q)}%`;
          replacements['prefix'] = `${escapeLike(query.q)}%`;
        }
        if (query.level) {
          clauses.push('level = :level');
          replacements['level'] = query.level;
        }
        const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
        const items = await sequelize.query<{
          code: string;
          name: string;
          level: UnitLevel;
          parentCode: string | null;
        }>(
          `SELECT code, name, level, parent_code AS parentCode FROM admin_units ${where}
           ORDER BY code LIMIT :limit`,
          { type: QueryTypes.SELECT, replacements },
        );
        return { items: items.map((item) => ({ ...item, parentCode: item.parentCode ?? null })) };
      },
    }),
  ];
}
