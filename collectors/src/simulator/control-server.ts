import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SCENARIO_KINDS,
  ScenarioRequestError,
  parseScenarioRequest,
  type ScenarioKind,
} from './scenarios';
import type { ScenarioController } from './simulated-network';

/**
 * The simulator's control surface, JSON over HTTP on loopback only:
 *   GET    /scenarios                        active scenarios of every node
 *   PUT    /scenarios/:hostnameOrUnitCode    { kind, memberIndex? } switches one on
 *   DELETE /scenarios/:hostnameOrUnitCode    ends that node's scenarios (?kind= for one kind)
 *   DELETE /scenarios                        ends every scenario
 *   GET    /health                           { status, agents }
 * Errors use the console API's shape: { error: { code, message } }.
 */
export interface ControlServer {
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 4_096;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startControlServer(
  controller: ScenarioController,
  options: { port: number; host?: string; agentCount: () => number },
): Promise<ControlServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    route(controller, options.agentCount, request)
      .then(({ status, body }) => sendJson(response, status, body))
      .catch((error: unknown) => {
        const httpError =
          error instanceof HttpError
            ? error
            : error instanceof ScenarioRequestError || error instanceof RangeError
              ? new HttpError(400, 'validation_failed', error.message)
              : new HttpError(500, 'internal', 'internal error');
        sendJson(response, httpError.status, {
          error: { code: httpError.code, message: httpError.message },
        });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => closeServer(server),
  };
}

async function route(
  controller: ScenarioController,
  agentCount: () => number,
  request: IncomingMessage,
): Promise<{ status: number; body: unknown }> {
  const url = new URL(request.url ?? '/', 'http://simulator');
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const method = request.method ?? 'GET';

  if (segments.length === 1 && segments[0] === 'health' && method === 'GET') {
    return { status: 200, body: { status: 'ok', agents: agentCount() } };
  }
  if (segments[0] !== 'scenarios' || segments.length > 2) {
    throw new HttpError(404, 'not_found', `no route ${method} ${url.pathname}`);
  }
  const nodeKey = segments[1];
  if (nodeKey === undefined) {
    if (method === 'GET') {
      return { status: 200, body: { scenarios: await controller.listScenarios() } };
    }
    if (method === 'DELETE') {
      return { status: 200, body: { cleared: await controller.clearAllScenarios() } };
    }
  } else if (method === 'PUT') {
    const scenario = parseScenarioRequest(await readJson(request));
    return found(nodeKey, await controller.applyScenario(nodeKey, scenario));
  } else if (method === 'DELETE') {
    const kind = url.searchParams.get('kind') ?? undefined;
    if (kind !== undefined && !SCENARIO_KINDS.includes(kind as ScenarioKind)) {
      throw new HttpError(
        400,
        'validation_failed',
        `kind must be one of ${SCENARIO_KINDS.join(', ')}`,
      );
    }
    return found(
      nodeKey,
      await controller.clearScenarios(nodeKey, kind as ScenarioKind | undefined),
    );
  }
  throw new HttpError(405, 'method_not_allowed', `${method} is not supported on ${url.pathname}`);
}

function found(nodeKey: string, result: unknown): { status: number; body: unknown } {
  if (result === null) {
    throw new HttpError(
      404,
      'not_found',
      `no simulated node with hostname or unit code ${nodeKey}`,
    );
  }
  return { status: 200, body: result };
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new HttpError(413, 'validation_failed', 'body too large');
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'validation_failed', 'body must be JSON');
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
