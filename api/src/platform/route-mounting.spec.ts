import express from 'express';
import { z } from 'zod';
import { Access } from './access-rules';
import { defineRoute, type ApiRoute } from './api-route';
import { mountRoutes } from './route-mounting';

describe('mountRoutes', () => {
  const route = defineRoute({
    method: 'get',
    path: '/probe',
    operationId: 'probe',
    summary: 'probe',
    tag: 'probe',
    access: Access.public(),
    response: { status: 200, description: 'ok', schema: z.object({}) },
    handle: async () => ({}),
  });

  it('when every route has an access rule, then they mount', () => {
    expect(() => mountRoutes(express.Router(), [route])).not.toThrow();
  });

  it('when a route has no access rule, then the start-up stops naming it', () => {
    const withoutRule = { ...route, access: undefined } as unknown as ApiRoute;
    const withBadRule = {
      ...route,
      access: { kind: 'permission', permission: 'x' },
    } as unknown as ApiRoute;
    for (const broken of [withoutRule, withBadRule]) {
      expect(() => mountRoutes(express.Router(), [broken])).toThrowError(
        /GET \/probe \(probe\) has no access rule/,
      );
    }
  });
});
