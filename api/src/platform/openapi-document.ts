import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiObject,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';

type StatusKey = `${1 | 2 | 3 | 4 | 5}${string}`;
import { ErrorCode } from './app-error';
import { toOpenApiPath, type ApiRoute, type ErrorStatus } from './api-route';

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'The rejected inputs, one entry per field' }),
    }),
  })
  .meta({ id: 'ErrorBody' });

const ERROR_DESCRIPTIONS: Record<ErrorStatus | 500, string> = {
  400: 'Invalid input; `fields` names each rejected parameter',
  404: 'No such resource',
  409: 'Conflicts with the current state',
  413: 'Request body larger than 100kb',
  500: 'Internal error (details only in the server log)',
};

function errorResponse(status: ErrorStatus | 500): ZodOpenApiResponseObject {
  return {
    description: ERROR_DESCRIPTIONS[status],
    content: { 'application/json': { schema: ErrorBodySchema } },
  };
}

function operationFor(route: ApiRoute): ZodOpenApiOperationObject {
  const responses: ZodOpenApiResponsesObject = {};
  responses[`${route.response.status}`] = {
    description: route.response.description,
    content: { 'application/json': { schema: route.response.schema } },
  };
  for (const [status, description] of Object.entries(route.alternateStatuses)) {
    responses[status as StatusKey] = {
      description,
      content: { 'application/json': { schema: route.response.schema } },
    };
  }
  // Every operation validates its query and params, so every one can answer 400.
  const errorStatuses = new Set<ErrorStatus | 500>([400, ...route.errors, 500]);
  for (const status of errorStatuses) responses[`${status}`] = errorResponse(status);

  const operation: ZodOpenApiOperationObject = {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
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
        'Operations API of the 湖北省电子政务外网 console: uplinks, tier compliance, nodes and traffic.',
      version: info.version,
    },
    tags: [...new Set(routes.map((route) => route.tag))].map((name) => ({ name })),
    paths,
  };
  return createDocument(document);
}
