import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { scopeOf } from '../platform/request-auth';
import { CollectorStatusSchema, OverviewSchema } from './overview.schemas';
import type { OverviewService } from './overview.service';

export function overviewRoutes(overview: OverviewService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/overview',
      operationId: 'getOverview',
      summary: 'Tier compliance by level and by city',
      tag: 'overview',
      access: Access.permission(Permission.LinksRead),
      response: {
        status: 200,
        description: 'Counts over the caller’s scope',
        schema: OverviewSchema,
      },
      handle: (_input, _req, res) => overview.get(scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/collector/status',
      operationId: 'getCollectorStatus',
      summary: 'The last poll cycle of the collector',
      tag: 'overview',
      access: Access.permission(Permission.LinksRead),
      response: { status: 200, description: 'Last cycle, or null', schema: CollectorStatusSchema },
      handle: () => overview.collectorStatus(),
    }),
  ];
}
