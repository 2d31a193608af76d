import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { scopeOf } from '../platform/request-auth';
import { idParams } from './link-refs.schemas';
import { TrafficQuerySchema, TrafficSchema } from './traffic.schemas';
import type { TrafficService } from './traffic.service';
import { UplinkDetailSchema, UplinkListQuerySchema, UplinkPageSchema } from './uplinks.schemas';
import type { UplinksService } from './uplinks.service';

export function uplinkRoutes(uplinks: UplinksService, traffic: TrafficService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/uplinks',
      operationId: 'listUplinks',
      summary: 'Uplinks, filtered, sorted and paged',
      tag: 'uplinks',
      access: Access.permission(Permission.LinksRead),
      query: UplinkListQuerySchema,
      response: { status: 200, description: 'One page of uplinks', schema: UplinkPageSchema },
      handle: ({ query }, _req, res) => uplinks.list(query, scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/uplinks/:id',
      operationId: 'getUplink',
      summary: 'An uplink with its node and member circuits',
      tag: 'uplinks',
      access: Access.permission(Permission.LinksRead),
      params: idParams,
      response: { status: 200, description: 'The uplink', schema: UplinkDetailSchema },
      errors: [404],
      handle: ({ params }, _req, res) => uplinks.get(params.id, scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/uplinks/:id/traffic',
      operationId: 'getUplinkTraffic',
      summary: 'Traffic per member circuit at the resolution that fits the range',
      tag: 'uplinks',
      access: Access.permission(Permission.LinksRead),
      params: idParams,
      query: TrafficQuerySchema,
      response: {
        status: 200,
        description: 'Mean, maximum and 95th percentile per bucket',
        schema: TrafficSchema,
      },
      errors: [404],
      handle: ({ params, query }, _req, res) => traffic.forUplink(params.id, query, scopeOf(res)),
    }),
  ];
}
