import { defineRoute, type ApiRoute } from '../platform/api-route';
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
      response: { status: 200, description: 'Province-wide counts', schema: OverviewSchema },
      handle: () => overview.get(),
    }),
    defineRoute({
      method: 'get',
      path: '/collector/status',
      operationId: 'getCollectorStatus',
      summary: 'The last poll cycle of the collector',
      tag: 'overview',
      response: { status: 200, description: 'Last cycle, or null', schema: CollectorStatusSchema },
      handle: () => overview.collectorStatus(),
    }),
  ];
}
