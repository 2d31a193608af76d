import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import swaggerUi from 'swagger-ui-express';
import { linksRoutes } from '../links/links.module';
import type { CommunitySealer } from '../links/nodes.service';
import type { ApiRoute } from './api-route';
import { consoleStatic, DEFAULT_WEB_ROOT } from './console-static';
import { apiNotFound, errorMiddleware } from './error-middleware';
import { healthRoutes } from './health.routes';
import { httpLogging } from './http-logging';
import { buildOpenApiDocument } from './openapi-document';
import { mountRoutes } from './route-mounting';
import { securityHeaders } from './security-headers';
import { API_VERSION } from './version';

export const JSON_BODY_LIMIT = '100kb';

export interface AppDependencies {
  sequelize: Sequelize;
  /** Seals SNMP communities before storage (SecretBox). */
  sealer: CommunitySealer;
  logger: Logger;
  /** Folder of the built console (index.html); defaults to web/dist/browser in the repo. */
  webRoot?: string;
  startedAt?: number;
}

export interface ConsoleApp {
  app: Express;
  routes: readonly ApiRoute[];
  openApiDocument: ReturnType<typeof buildOpenApiDocument>;
}

/** Assembles the HTTP application: security, logging, /api with its docs, then the console. */
export function createApp(deps: AppDependencies): ConsoleApp {
  const routes: ApiRoute[] = [
    ...healthRoutes(deps.sequelize, {
      version: API_VERSION,
      startedAt: deps.startedAt ?? Date.now(),
    }),
    ...linksRoutes(deps.sequelize, deps.sealer),
  ];
  const openApiDocument = buildOpenApiDocument(routes, { version: API_VERSION });

  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: JSON_BODY_LIMIT }));
  mountRoutes(api, routes);
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  api.use('/docs', swaggerUi.serveFiles(openApiDocument), swaggerUi.setup(openApiDocument));
  api.use(apiNotFound);

  const app = express();
  app.disable('x-powered-by');
  app.use(httpLogging(deps.logger));
  app.use(securityHeaders());
  app.use('/api', api);
  app.use(consoleStatic(deps.webRoot ?? DEFAULT_WEB_ROOT));
  app.use(errorMiddleware(deps.logger));
  return { app, routes, openApiDocument };
}
