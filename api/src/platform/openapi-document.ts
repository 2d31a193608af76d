import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';

import { describeAccess } from './access-rules';
import { ErrorCode } from './app-error';
import { toOpenApiPath, type ApiRoute, type ErrorStatus } from './api-route';

type StatusKey = `${1 | 2 | 3 | 4 | 5}${string}`;

/** The session cookie and the CSRF header, named in every operation that needs them. */
export const SESSION_COOKIE_NAME = 'extranet.sid';
export const CSRF_HEADER_NAME = 'X-XSRF-TOKEN';

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z
        .array(z.object({ path: z.string(), message: z.string(), rule: z.string().optional() }))
        .optional()
        .meta({ description: 'The rejected inputs, one entry per field' }),
    }),
  })
  .meta({ id: 'ErrorBody' });

const ERROR_DESCRIPTIONS: Record<ErrorStatus | 500, string> = {
  400: 'Invalid input; `fields` names each rejected parameter',
  401: 'Not signed in (`unauthenticated`), session timed out (`session_expired`) or wrong credentials (`invalid_credentials`)',
  403: 'Not allowed for the roles or scope (`forbidden`), missing CSRF header (`csrf_failed`) or password change pending (`password_change_required`)',
  404: 'No such resource',
  409: 'Conflicts with the current state',
  413: 'Request body larger than 100kb',
  429: 'Too many failed sign-ins from this address (`too_many_attempts`); see Retry-After',
  500: 'Internal error (details only in the server log)',
};

const UNSAFE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

function errorResponse(status: ErrorStatus | 500): ZodOpenApiResponseObject {
  return {
    description: ERROR_DESCRIPTIONS[status],
    content: { 'application/json': { schema: ErrorBodySchema } },
  };
}

/** Statuses the access rule and the CSRF check can answer with, before the handler runs. */
function guardStatuses(route: ApiRoute): ErrorStatus[] {
  const statuses: ErrorStatus[] = [];
  if (route.access.kind !== 'public') statuses.push(401);
  if (route.access.kind !== 'public' || UNSAFE_METHODS.has(route.method)) statuses.push(403);
  return statuses;
}

function operationFor(route: ApiRoute): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {};
  responses[`${route.response.status}`] =
    route.response.status === 204
      ? { description: route.response.description }
      : {
          description: route.response.description,
          content: {
            [route.response.mediaType ?? 'application/json']: { schema: route.response.schema },
          },
        };
  for (const [status, description] of Object.entries(route.alternateStatuses)) {
    responses[status as StatusKey] = {
      description,
      content: { 'application/json': { schema: route.response.schema } },
    };
  }
  // Every operation validates its query and params, so every one can answer 400.
  const errorStatuses = new Set<ErrorStatus | 500>([
    400,
    ...guardStatuses(route),
    ...route.errors,
    500,
  ]);
  for (const status of errorStatuses) responses[`${status}`] = errorResponse(status);

  const operation: ZodOpenApiOperationObject = {
    operationId: route.operationId,
    summary: route.summary,
    description: `Access: ${describeAccess(route.access)}`,
    tags: [route.tag],
    security: securityOf(route),
    requestParams: { path: route.params as never, query: route.query as never },
    responses,
  };
  if (route.body) {
    operation.requestBody = {
      required: true,
      content: { 'application/json': { schema: route.body } },
    };
  }
  return operation;
}

/** The session cookie for non-public routes; the CSRF header for every state-changing one. */
function securityOf(route: ApiRoute): Record<string, string[]>[] {
  const requirement: Record<string, string[]> = {};
  if (route.access.kind !== 'public') requirement['sessionCookie'] = [];
  if (UNSAFE_METHODS.has(route.method)) requirement['csrfHeader'] = [];
  return Object.keys(requirement).length > 0 ? [requirement] : [];
}

/** The OpenAPI 3.1 document of every mounted route, prefixed with /api. */
export function buildOpenApiDocument(
  routes: readonly ApiRoute[],
  info: { version: string },
): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const path = `/api${toOpenApiPath(route.path)}`;
    paths[path] = { ...paths[path], [route.method]: operationFor(route) };
  }
  const document: ZodOpenApiObject = {
    openapi: '3.1.0',
    info: {
      title: 'Hubei e-government extranet console API',
      description:
        'Operations API of the 湖北省电子政务外网 console: uplinks, tier compliance, nodes and traffic; accounts, sessions and the audit trail.',
      version: info.version,
    },
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE_NAME },
        csrfHeader: {
          type: 'apiKey',
          in: 'header',
          name: CSRF_HEADER_NAME,
          description: 'The value of the XSRF-TOKEN cookie (GET /api/auth/session issues it)',
        },
      },
    },
  };
  return createDocument(document);
}
