import { defineRoute, type ApiRoute } from '../platform/api-route';
import { idParams } from './link-refs.schemas';
import {
  NodeCreateSchema,
  NodeDetailSchema,
  NodeListQuerySchema,
  NodePageSchema,
  NodePatchSchema,
} from './nodes.schemas';
import type { NodesService } from './nodes.service';

export function nodeRoutes(nodes: NodesService): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/nodes',
      operationId: 'listNodes',
      summary: 'Nodes (routers / L3 switches), searched and paged',
      tag: 'nodes',
      query: NodeListQuerySchema,
      response: { status: 200, description: 'One page of nodes', schema: NodePageSchema },
      handle: ({ query }) => nodes.list(query),
    }),
    defineRoute({
      method: 'get',
      path: '/nodes/:id',
      operationId: 'getNode',
      summary: 'A node with its interfaces',
      tag: 'nodes',
      params: idParams,
      response: { status: 200, description: 'The node', schema: NodeDetailSchema },
      errors: [404],
      handle: ({ params }) => nodes.get(params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/nodes',
      operationId: 'createNode',
      summary: 'Adds the node of a unit; the community is sealed and never returned',
      tag: 'nodes',
      body: NodeCreateSchema,
      response: { status: 201, description: 'The created node', schema: NodeDetailSchema },
      errors: [409, 413],
      handle: ({ body }) => nodes.create(body),
    }),
    defineRoute({
      method: 'patch',
      path: '/nodes/:id',
      operationId: 'updateNode',
      summary: 'Changes a node (address, port, community, polling)',
      tag: 'nodes',
      params: idParams,
      body: NodePatchSchema,
      response: { status: 200, description: 'The updated node', schema: NodeDetailSchema },
      errors: [404, 413],
      handle: ({ params, body }) => nodes.update(params.id, body),
    }),
  ];
}
