import type { Request, Response } from 'express';
import { z } from 'zod';
import type { AccessRule } from './access-rules';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * Statuses an operation can fail with besides 500, listed in its OpenAPI entry. 401 and 403
 * are added from the route's access rule; list them only when the handler itself answers them.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;

/** 204 answers have no body: the handler's result is ignored and the schema documents nothing. */
export type SuccessStatus = 200 | 201 | 204;

type AnySchema = z.ZodType;
type NoInput = z.ZodObject<Record<string, never>>;

/** A reply other than the operation's success status (e.g. health's 503), same body schema. */
export class HttpReply<T> {
  constructor(
    readonly status: number,
    readonly body: T,
  ) {}
}

/**
 * The handler wrote the response itself (a streamed CSV export): nothing more is sent. Its
 * media type is the route's `response.mediaType`.
 */
export class StreamedReply {}

export interface RouteInput<P extends AnySchema, Q extends AnySchema, B extends AnySchema> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

/**
 * One API operation: its inputs and response as zod schemas, used both to validate requests and
 * to write the OpenAPI document, so the two cannot drift apart.
 */
export interface RouteSpec<
  P extends AnySchema,
  Q extends AnySchema,
  B extends AnySchema,
  R extends AnySchema,
> {
  method: HttpMethod;
  /** Express-style path below /api, e.g. `/uplinks/:id`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Who may call it: required, so no route is reachable by accident (see access-rules.ts). */
  access: AccessRule;
  params?: P;
  query?: Q;
  body?: B;
  response: {
    status: SuccessStatus;
    description: string;
    schema: R;
    /** For a StreamedReply: what it sends (default application/json). */
    mediaType?: string;
  };
  /** Extra non-error statuses the handler may answer with via HttpReply (same schema). */
  alternateStatuses?: Record<number, string>;
  errors?: readonly ErrorStatus[];
  handle(
    input: RouteInput<P, Q, B>,
    req: Request,
    res: Response,
  ): Promise<z.input<R> | HttpReply<z.input<R>> | StreamedReply>;
}

/** The (empty) body of a 204 answer, for routes that return nothing. */
export const NoContentSchema = z.void();

/** A route with its generic types erased, ready to mount and document. */
export interface ApiRoute {
  method: HttpMethod;
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  access: AccessRule;
  params: AnySchema;
  query: AnySchema;
  body: AnySchema | undefined;
  response: { status: SuccessStatus; description: string; schema: AnySchema; mediaType?: string };
  alternateStatuses: Record<number, string>;
  errors: readonly ErrorStatus[];
  handle(
    input: RouteInput<AnySchema, AnySchema, AnySchema>,
    req: Request,
    res: Response,
  ): Promise<unknown>;
}

const noInput = (): NoInput => z.strictObject({});

/**
 * Declares an operation. Params and query default to "none allowed", so an unexpected query
 * parameter is a 400 on every route, not only on those that remembered to say so.
 */
export function defineRoute<
  R extends AnySchema,
  P extends AnySchema = NoInput,
  Q extends AnySchema = NoInput,
  B extends AnySchema = NoInput,
>(spec: RouteSpec<P, Q, B, R>): ApiRoute {
  const needsBody = spec.method === 'post' || spec.method === 'patch' || spec.method === 'put';
  if (needsBody && !spec.body)
    throw new Error(`${spec.operationId}: a ${spec.method} needs a body schema`);
  return {
    method: spec.method,
    path: spec.path,
    operationId: spec.operationId,
    summary: spec.summary,
    tag: spec.tag,
    access: spec.access,
    params: spec.params ?? noInput(),
    query: spec.query ?? noInput(),
    body: spec.body,
    response: spec.response,
    alternateStatuses: spec.alternateStatuses ?? {},
    errors: spec.errors ?? [],
    handle: spec.handle as ApiRoute['handle'],
  };
}

/** `/uplinks/:id/traffic` → `/uplinks/{id}/traffic`. */
export function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
