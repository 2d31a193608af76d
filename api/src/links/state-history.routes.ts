import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { scopeOf } from '../platform/request-auth';
import { idParams } from './link-refs.schemas';
import { StateHistoryQuerySchema, StateHistorySchema } from './state-history.schemas';
import type { StateHistoryService } from './state-history.service';

export function stateHistoryRoutes(history: StateHistoryService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/uplinks/:id/state-history',
      operationId: 'getUplinkStateHistory',
      summary: 'An uplink’s state changes with their reasons, and the window as a timeline',
      tag: 'uplinks',
      access: Access.permission(Permission.LinksRead),
      params: idParams,
      query: StateHistoryQuerySchema,
      response: { status: 200, description: 'Changes, newest first', schema: StateHistorySchema },
      errors: [404],
      handle: ({ params, query }, _req, res) => history.forUplink(params.id, query, scopeOf(res)),
    }),
  ];
}
