import type { Request, Response, Router } from 'express';
import { HttpReply, type ApiRoute } from './api-route';
import { validateRequest, type ValidatedInput } from './request-validation';

/** Mounts each route behind its validator; handlers see only parsed input and return a body. */
export function mountRoutes(router: Router, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    router[route.method](
      route.path,
      validateRequest(route),
      async (req: Request, res: Response) => {
        const input = res.locals['input'] as ValidatedInput;
        const result = await route.handle(input, req, res);
        if (result instanceof HttpReply) res.status(result.status).json(result.body);
        else res.status(route.response.status).json(result);
      },
    );
  }
}
