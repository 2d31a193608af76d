import { defineRoute, type ApiRoute } from '../platform/api-route';
import { UnitCodeParams, UnitDetailSchema } from './units.schemas';
import type { UnitsService } from './units.service';

export function unitRoutes(units: UnitsService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/units',
      operationId: 'getRootUnit',
      summary: 'The province with its children (cities and departments)',
      tag: 'units',
      response: { status: 200, description: 'The province', schema: UnitDetailSchema },
      errors: [404],
      handle: () => units.getUnit(undefined),
    }),
    defineRoute({
      method: 'get',
      path: '/units/:code',
      operationId: 'getUnit',
      summary: 'A unit, its path from the province, its uplink and its children',
      tag: 'units',
      params: UnitCodeParams,
      response: { status: 200, description: 'The unit', schema: UnitDetailSchema },
      errors: [404],
      handle: ({ params }) => units.getUnit(params.code),
    }),
  ];
}
