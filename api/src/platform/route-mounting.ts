import express, { type Request, type Response, type Router } from 'express';
import { isValidAccessRule } from './access-rules';
import { HttpReply, StreamedReply, type ApiRoute } from './api-route';
import { guardRoute } from './route-guard';
import { validateRequest, type ValidatedInput } from './request-validation';

export const JSON_BODY_LIMIT = '100kb';

/**
 * Mounts each route behind its access rule, then the body parser, then its validator: a caller
 * who may not use a route gets 401/403 before their body is even read. A route without a valid
 * access rule stops the start-up.
 */
export function mountRoutes(router: Router, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    if (!isValidAccessRule(route.access)) {
      throw new Error(
        `${route.method.toUpperCase()} ${route.path} (${route.operationId}) has no access rule`,
      );
    }
  }
  const parseJson = express.json({ limit: JSON_BODY_LIMIT });
  for (const route of routes) {
    router[route.method](
      route.path,
      guardRoute(route.access),
      parseJson,
      validateRequest(route),
      async (req: Request, res: Response) => {
        const input = res.locals['input'] as ValidatedInput;
        const result = await route.handle(input, req, res);
        if (result instanceof StreamedReply) return;
        if (result instanceof HttpReply) res.status(result.status).json(result.body);
        else if (route.response.status === 204) res.status(204).end();
        else res.status(route.response.status).json(result);
      },
    );
  }
}
