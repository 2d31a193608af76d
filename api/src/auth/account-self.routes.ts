import { SignInStage } from '@extranet/database';
import { Access } from '../platform/access-rules';
import { NoContentSchema, defineRoute, type ApiRoute } from '../platform/api-route';
import { signedInAccountOf } from '../platform/request-auth';
import {
  TotpStartBodySchema,
  PasswordBodySchema,
  PasswordChangeBodySchema,
  PasswordPolicySummarySchema,
  SessionIdParams,
  SessionListSchema,
  TotpEnrollmentSchema,
} from './auth.schemas';
import { sourceAddressOf, startSession, type AuthHttp } from './auth-http';
import type { PasswordChangeService } from './password-change.service';
import type { SecurityPolicyRepository } from './security-policy.repository';
import type { SessionsService } from './sessions.service';
import type { TotpSettingsService } from './totp-settings.service';

export interface AccountSelfServices {
  passwordChange: PasswordChangeService;
  totpSettings: TotpSettingsService;
  sessions: SessionsService;
  policies: SecurityPolicyRepository;
}

/** A signed-in account's own password, second factor and sessions. */
export function accountSelfRoutes(services: AccountSelfServices, http: AuthHttp): ApiRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: '/auth/password',
      operationId: 'changeOwnPassword',
      summary: 'Changes one’s password (policy checked); ends one’s other sessions',
      tag: 'auth',
      access: Access.signedIn({ duringPasswordChange: true }),
      body: PasswordChangeBodySchema,
      response: { status: 204, description: 'Changed', schema: NoContentSchema },
      errors: [429],
      handle: async ({ body }, req, res) => {
        const account = signedInAccountOf(res);
        await services.passwordChange.change(
          account.id,
          body,
          { sid: req.sessionID, sourceAddress: sourceAddressOf(req) },
          http.auditContext(req, res),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/password-policy',
      operationId: 'getPasswordPolicy',
      summary: 'The password rules a new password must meet (for the change form)',
      tag: 'auth',
      access: Access.signedIn({ duringPasswordChange: true }),
      response: { status: 200, description: 'The rules', schema: PasswordPolicySummarySchema },
      handle: async () => {
        const policy = await services.policies.current();
        return {
          passwordMinLength: policy.passwordMinLength,
          passwordMinClasses: policy.passwordMinClasses,
          passwordMaxAgeDays: policy.passwordMaxAgeDays,
          passwordHistory: policy.passwordHistory,
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/totp/secret',
      operationId: 'startTotpEnrollment',
      summary: 'A new TOTP secret to confirm with POST /auth/totp/enroll (profile enrolment)',
      tag: 'auth',
      access: Access.signedIn(),
      body: TotpStartBodySchema,
      response: { status: 200, description: 'The secret to enrol', schema: TotpEnrollmentSchema },
      errors: [400, 401, 429],
      handle: async ({ body }, req, res) => {
        const started = await services.totpSettings.start(
          signedInAccountOf(res).id,
          { password: body?.password, sourceAddress: sourceAddressOf(req) },
          http.auditContext(req, res),
        );
        req.session.enrollmentSecretSealed = started.secretSealed;
        return started.enrollment;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/auth/totp',
      operationId: 'disableOwnTotp',
      summary: 'Switches one’s TOTP off (not for admin duties); needs the password',
      tag: 'auth',
      access: Access.signedIn(),
      body: PasswordBodySchema,
      response: { status: 204, description: 'Switched off', schema: NoContentSchema },
      errors: [401, 403, 429],
      handle: async ({ body }, req, res) => {
        await services.totpSettings.disable(
          signedInAccountOf(res).id,
          body.password,
          sourceAddressOf(req),
          http.auditContext(req, res),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/auth/sessions',
      operationId: 'listOwnSessions',
      summary: 'One’s own sessions',
      tag: 'auth',
      access: Access.signedIn(),
      response: { status: 200, description: 'Newest first', schema: SessionListSchema },
      handle: async (_input, req, res) => ({
        items: await services.sessions.listOwn(signedInAccountOf(res).id, req.sessionID),
      }),
    }),
    defineRoute({
      method: 'delete',
      path: '/auth/sessions/:id',
      operationId: 'endOwnSession',
      summary: 'Ends one of one’s own sessions (this one too: that is signing out)',
      tag: 'auth',
      access: Access.signedIn(),
      params: SessionIdParams,
      response: { status: 204, description: 'Ended', schema: NoContentSchema },
      errors: [404],
      handle: async ({ params }, req, res) => {
        const ended = await services.sessions.end(
          params.id,
          { ownerId: signedInAccountOf(res).id },
          http.auditContext(req, res),
        );
        if (ended.sid === req.sessionID) {
          await startSession(http, req, res, { stage: SignInStage.Anonymous, accountId: null });
        }
      },
    }),
  ];
}
