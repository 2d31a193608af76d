import { Permission } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { defineRoute, type ApiRoute } from '../platform/api-route';
import type { AuditContextFactory } from '../platform/audited-writes';
import { scopeOf } from '../platform/request-auth';
import { EmptyBodySchema } from '../auth/auth.schemas';
import { idParams } from './link-refs.schemas';
import {
  NodeCreateSchema,
  NodeDetailSchema,
  NodeListQuerySchema,
  NodePageSchema,
  NodePatchSchema,
} from './nodes.schemas';
import type { NodesService } from './nodes.service';

export function nodeRoutes(nodes: NodesService, auditContext: AuditContextFactory): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/nodes',
      operationId: 'listNodes',
      summary: 'Nodes (routers / L3 switches), searched and paged',
      tag: 'nodes',
      access: Access.permission(Permission.LinksRead),
      query: NodeListQuerySchema,
      response: { status: 200, description: 'One page of nodes', schema: NodePageSchema },
      handle: ({ query }, _req, res) => nodes.list(query, scopeOf(res)),
    }),
    defineRoute({
      method: 'get',
      path: '/nodes/:id',
      operationId: 'getNode',
      summary: 'A node with its interfaces',
      tag: 'nodes',
      access: Access.permission(Permission.LinksRead),
      params: idParams,
      response: { status: 200, description: 'The node', schema: NodeDetailSchema },
      errors: [404],
      handle: ({ params }, _req, res) => nodes.get(params.id, scopeOf(res)),
    }),
    defineRoute({
      method: 'post',
      path: '/nodes',
      operationId: 'createNode',
      summary: 'Adds the node of a unit; the community is sealed and never returned',
      tag: 'nodes',
      access: Access.permission(Permission.NodesWrite),
      body: NodeCreateSchema,
      response: { status: 201, description: 'The created node', schema: NodeDetailSchema },
      errors: [409, 413],
      handle: ({ body }, req, res) =>
        nodes.create(body, { scope: scopeOf(res), audit: auditContext(req, res) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/nodes/:id',
      operationId: 'updateNode',
      summary: 'Changes a node (address, port, community, polling, text encoding)',
      tag: 'nodes',
      access: Access.permission(Permission.NodesWrite),
      params: idParams,
      body: NodePatchSchema,
      response: { status: 200, description: 'The updated node', schema: NodeDetailSchema },
      errors: [404, 413],
      handle: ({ params, body }, req, res) =>
        nodes.update(params.id, body, { scope: scopeOf(res), audit: auditContext(req, res) }),
    }),
    defineRoute({
      method: 'post',
      path: '/nodes/:id/discover',
      operationId: 'discoverNode',
      summary:
        'Asks the collector to walk the node now (ifTable/ifXTable, system group); follow ' +
        '`discovery.status` on GET /nodes/:id',
      tag: 'nodes',
      access: Access.permission(Permission.NodesWrite),
      params: idParams,
      body: EmptyBodySchema,
      response: {
        status: 200,
        description: 'The node, its discovery pending (or running)',
        schema: NodeDetailSchema,
      },
      errors: [404],
      handle: ({ params }, req, res) =>
        nodes.discover(params.id, { scope: scopeOf(res), audit: auditContext(req, res) }),
    }),
  ];
}
