import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import { scopeOf } from '../platform/request-auth';
import { UnitCodeParams, UnitDetailSchema } from './units.schemas';
import type { UnitsService } from './units.service';

export function unitRoutes(units: UnitsService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/units',
      operationId: 'getRootUnit',
      summary:
        'The root of the caller’s scope (the province for province-wide accounts) with its children',
      tag: 'units',
      access: Access.permission(Permission.LinksRead),
      response: { status: 200, description: 'The root unit', schema: UnitDetailSchema },
      errors: [404],
      handle: (_input, _req, res) => units.getUnit(undefined, scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/units/:code',
      operationId: 'getUnit',
      summary: 'A unit, its path from the province, its uplink and its children',
      tag: 'units',
      access: Access.permission(Permission.LinksRead),
      params: UnitCodeParams,
      response: { status: 200, description: 'The unit', schema: UnitDetailSchema },
      errors: [403, 404],
      handle: ({ params }, _req, res) => units.getUnit(params.code, scopeOf(res)),
    }),
  ];
}
