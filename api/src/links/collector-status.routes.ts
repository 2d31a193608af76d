import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { CollectorsStatusSchema } from './collector-status.schemas';
import type { CollectorStatusService } from './collector-status.service';

export function collectorStatusRoutes(status: CollectorStatusService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/collectors',
      operationId: 'getCollectorsStatus',
      summary:
        'Every collector: heartbeat, nodes, partitions, buffer, per poll group the last cycle',
      tag: 'collectors',
      access: Access.permission(Permission.LinksRead),
      response: {
        status: 200,
        description: 'Collectors and recent cycles',
        schema: CollectorsStatusSchema,
      },
      handle: () => status.get(),
    }),
  ];
}
