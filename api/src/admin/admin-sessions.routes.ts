import { Permission, SignInStage } from '@extranet/database';
import { z } from 'zod';
import { SessionIdParams, SessionListSchema } from '../auth/auth.schemas';
import { startSession, type AuthHttp } from '../auth/auth-http';
import type { SessionsService } from '../auth/sessions.service';
import { Access } from '../platform/access-rules';
import { NoContentSchema, defineRoute, type ApiRoute } from '../platform/api-route';

const AdminSessionQuerySchema = z.strictObject({
  accountId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});

/** Anyone's sessions, for the system and security admins. */
export function adminSessionRoutes(sessions: SessionsService, http: AuthHttp): ApiRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/admin/sessions',
      operationId: 'listAllSessions',
      summary: 'Signed-in sessions of every account, or of one (`accountId`)',
      tag: 'admin',
      access: Access.permission(Permission.SessionsManage),
      query: AdminSessionQuerySchema,
      response: { status: 200, description: 'Newest first', schema: SessionListSchema },
      handle: async ({ query }, req) => ({
        items: await sessions.listAll({ accountId: query.accountId }, req.sessionID),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/admin/sessions/:id',
      operationId: 'endAnySession',
      summary: 'Ends anyone’s session; its next request answers 401',
      tag: 'admin',
      access: Access.permission(Permission.SessionsManage),
      params: SessionIdParams,
      response: { status: 204, description: 'Ended', schema: NoContentSchema },
      errors: [404],
      handle: async ({ params }, req, res) => {
        const ended = await sessions.end(params.id, {}, http.auditContext(req, res));
        if (ended.sid === req.sessionID) {
          await startSession(http, req, res, { stage: SignInStage.Anonymous, accountId: null });
        }
      },
    }),
  ];
}
