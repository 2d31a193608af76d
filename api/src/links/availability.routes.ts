import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { scopeOf } from '../platform/request-auth';
import {
  AvailabilityPageSchema,
  AvailabilityQuerySchema,
  UplinkAvailabilityQuerySchema,
  UplinkAvailabilitySchema,
} from './availability.schemas';
import type { AvailabilityService } from './availability.service';
import { idParams } from './link-refs.schemas';

export function availabilityRoutes(availability: AvailabilityService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/availability',
      operationId: 'listAvailability',
      summary: 'Monthly availability per unit, over the uplinks of its subtree',
      tag: 'availability',
      access: Access.permission(Permission.LinksRead),
      query: AvailabilityQuerySchema,
      response: { status: 200, description: 'One page of units', schema: AvailabilityPageSchema },
      handle: ({ query }, _req, res) => availability.list(query, scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/uplinks/:id/availability',
      operationId: 'getUplinkAvailability',
      summary: 'An uplink’s availability month by month, newest first',
      tag: 'availability',
      access: Access.permission(Permission.LinksRead),
      params: idParams,
      query: UplinkAvailabilityQuerySchema,
      response: { status: 200, description: 'Months', schema: UplinkAvailabilitySchema },
      errors: [404],
      handle: ({ params, query }, _req, res) =>
        availability.forUplink(params.id, query.months, scopeOf(res)),
    }),
  ];
}
