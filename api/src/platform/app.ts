import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Sequelize } from 'sequelize';
import swaggerUi from 'swagger-ui-express';
import { adminRoutes } from '../admin/admin.module';
import { auditStateChangingRequests, markAudited } from '../audit/audit-middleware';
import { auditModuleRoutes } from '../audit/audit.module';
import { auditContextOf, type AuditTrail } from '../audit/audit-trail';
import { createAuthModule } from '../auth/auth.module';
import type { SecretSealer } from '../auth/sign-in.service';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { linksRoutes } from '../links/links.module';
import type { ApiRoute } from './api-route';
import { AuditedWrites, type AuditContextFactory } from './audited-writes';
import { systemClock, type Clock } from './clock';
import { consoleStatic, DEFAULT_WEB_ROOT } from './console-static';
import { apiNotFound, errorMiddleware } from './error-middleware';
import { healthRoutes } from './health.routes';
import { httpLogging } from './http-logging';
import { buildOpenApiDocument } from './openapi-document';
import { JSON_BODY_LIMIT, mountRoutes } from './route-mounting';
import { securityHeaders } from './security-headers';
import { API_VERSION } from './version';

export { JSON_BODY_LIMIT };

export interface AppDependencies {
  sequelize: Sequelize;
  /** Seals SNMP communities and TOTP secrets before storage, opens TOTP secrets (SecretBox). */
  sealer: SecretSealer;
  logger: Logger;
  /** The audit trail: every write and its record share one transaction; its routes read it. */
  auditTrail: AuditTrail;
  /** Signs the session cookie (see launcher/session-secret.ts). */
  sessionSecret: string;
  /** Folder of the built console (index.html); defaults to web/dist/browser in the repo. */
  webRoot?: string;
  startedAt?: number;
  /** Time of the timeouts, lockouts and TOTP checks; tests move it. */
  clock?: Clock;
  /** Failed sign-ins per source address; tests give their own to reset it. */
  signInThrottle?: SignInThrottle;
  /** COOKIE_SECURE=true: cookies are always Secure (behind a TLS-terminating proxy). */
  isCookieSecure?: boolean;
  /** Express's `trust proxy` (TRUST_PROXY), so req.ip is the client behind a proxy. */
  trustProxy?: boolean | number | string;
}

export interface ConsoleApp {
  app: Express;
  routes: readonly ApiRoute[];
  openApiDocument: ReturnType<typeof buildOpenApiDocument>;
  /** Stops background work (the sweep of ended sessions). */
  close(): void;
}

/**
 * Assembles the HTTP application: security headers and logging, then /api: the audit of
 * state-changing and refused requests, session, CSRF check and authentication for every
 * request, each route behind its own access rule, the OpenAPI document and Swagger UI; then
 * the console's static files.
 */
export function createApp(deps: AppDependencies): ConsoleApp {
  const clock = deps.clock ?? systemClock;
  const audited = new AuditedWrites(deps.sequelize, deps.auditTrail);
  const auditContext: AuditContextFactory = (req, res) => ({
    ...auditContextOf(req, res),
    markRecorded: () => markAudited(res),
  });
  const isCookieSecure = deps.isCookieSecure ?? false;
  const auth = createAuthModule({
    sequelize: deps.sequelize,
    sealer: deps.sealer,
    audited,
    auditContext,
    clock,
    throttle: deps.signInThrottle ?? new SignInThrottle(),
    sessionSecret: deps.sessionSecret,
    isCookieSecure,
  });
  const http = { clock, isCookieSecure, auditContext };
  const routes: ApiRoute[] = [
    ...healthRoutes(deps.sequelize, {
      version: API_VERSION,
      startedAt: deps.startedAt ?? Date.now(),
    }),
    ...auth.routes,
    ...adminRoutes({ sequelize: deps.sequelize, auth, audited, http }),
    ...linksRoutes({ sequelize: deps.sequelize, sealer: deps.sealer, audited, auditContext }),
    ...auditModuleRoutes(deps.sequelize, deps.auditTrail),
  ];
  const openApiDocument = buildOpenApiDocument(routes, { version: API_VERSION });

  const api = express.Router();
  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Before the session, CSRF and authentication middleware, so their refusals are recorded too.
  api.use(
    auditStateChangingRequests(deps.auditTrail, {
      routes: routes.map((route) => ({ method: route.method, path: route.path })),
      logger: deps.logger,
    }),
  );
  api.use(...auth.middleware);
  mountRoutes(api, routes);
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  api.use('/docs', swaggerUi.serveFiles(openApiDocument), swaggerUi.setup(openApiDocument));
  api.use(apiNotFound);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? false);
  app.use(httpLogging(deps.logger));
  app.use(securityHeaders());
  app.use('/api', api);
  app.use(consoleStatic(deps.webRoot ?? DEFAULT_WEB_ROOT));
  app.use(errorMiddleware(deps.logger));
  return { app, routes, openApiDocument, close: () => auth.close() };
}
