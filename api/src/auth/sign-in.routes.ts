import { SignInStage } from '@extranet/database';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { Access } from '../platform/access-rules';
import { NoContentSchema, defineRoute, type ApiRoute } from '../platform/api-route';
import { AppError } from '../platform/app-error';
import { authStateOf, signedInAccountOf } from '../platform/request-auth';
import {
  EmptyBodySchema,
  SessionAnswerSchema,
  SignInAnswerSchema,
  SignInBodySchema,
  TotpCodeBodySchema,
} from './auth.schemas';
import { sourceAddressOf, startSession, type AuthHttp } from './auth-http';
import { issueCsrfCookie } from './csrf';
import type { MeService } from './me.service';
import { hasSessionData, initialiseSession, regenerateSession } from './session-data';
import type { SignInOutcome, SignInService } from './sign-in.service';
import type { TotpSettingsService } from './totp-settings.service';

export interface SignInRouteServices {
  signIn: SignInService;
  totpSettings: TotpSettingsService;
  me: MeService;
}

/** The session probe and the sign-in steps, then sign-out. */
export function signInRoutes(services: SignInRouteServices, http: AuthHttp): ApiRoute[] {
  /** Moves the session to the step the outcome names and answers with it. */
  async function answer(
    outcome: SignInOutcome,
    req: Request,
    res: Response,
  ): Promise<z.input<typeof SignInAnswerSchema>> {
    const isSignedIn =
      outcome.status === 'signed_in' || outcome.status === 'password_change_required';
    await startSession(http, req, res, {
      stage: isSignedIn ? SignInStage.SignedIn : (outcome.status as SignInStage),
      accountId: outcome.accountId,
      ...(outcome.status === 'totp_enrollment_required'
        ? { enrollmentSecretSealed: outcome.secretSealed }
        : {}),
    });
    if (outcome.status === 'signed_in' || outcome.status === 'password_change_required') {
      const expiresAt = await services.me.newSessionExpiresAt();
      return {
        status: outcome.status,
        account: await services.me.me(outcome.accountId, expiresAt),
      };
    }
    if (outcome.status === 'totp_enrollment_required') {
      return { status: outcome.status, enrollment: outcome.enrollment };
    }
    return { status: 'totp_required' };
  }

  return [
    defineRoute({
      method: 'get',
      path: '/auth/session',
      operationId: 'getSession',
      summary: 'Who is signed in; also issues the XSRF-TOKEN cookie sign-in needs',
      tag: 'auth',
      access: Access.public(),
      response: { status: 200, description: 'Signed in or not', schema: SessionAnswerSchema },
      handle: async (_input, req, res) => {
        if (!hasSessionData(req)) {
          if (!req.session) await regenerateSession(req);
          initialiseSession(req, http.clock(), { stage: SignInStage.Anonymous, accountId: null });
        }
        issueCsrfCookie(req, res, { isCookieSecure: http.isCookieSecure });
        const state = authStateOf(res);
        if (!state.account) return { authenticated: false as const };
        return {
          authenticated: true as const,
          account: await services.me.me(state.account.id, state.sessionExpiresAt),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/sign-in',
      operationId: 'signIn',
      summary: 'Signs in with username and password; may ask for a TOTP step next',
      tag: 'auth',
      access: Access.public(),
      body: SignInBodySchema,
      response: {
        status: 200,
        description: 'The next step or the account',
        schema: SignInAnswerSchema,
      },
      errors: [401, 429],
      handle: async ({ body }, req, res) => {
        const outcome = await services.signIn.signIn(
          body,
          sourceAddressOf(req),
          http.auditContext(req, res),
        );
        return answer(outcome, req, res);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/sign-in/totp',
      operationId: 'verifySignInTotp',
      summary: 'The TOTP code of a sign-in waiting for it',
      tag: 'auth',
      access: Access.signInStep(SignInStage.TotpRequired),
      body: TotpCodeBodySchema,
      response: { status: 200, description: 'Signed in', schema: SignInAnswerSchema },
      errors: [429],
      handle: async ({ body }, req, res) => {
        const accountId = authStateOf(res).pendingAccountId!;
        const outcome = await services.signIn.verifyTotp(
          accountId,
          body.code,
          sourceAddressOf(req),
          http.auditContext(req, res),
        );
        return answer(outcome, req, res);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/totp/enroll',
      operationId: 'confirmTotpEnrollment',
      summary: 'Confirms the TOTP secret shown (at an admin’s first sign-in, or from the profile)',
      tag: 'auth',
      access: Access.signInStep(SignInStage.TotpEnrollmentRequired, { orSignedIn: true }),
      body: TotpCodeBodySchema,
      response: { status: 200, description: 'Signed in', schema: SignInAnswerSchema },
      errors: [409, 429],
      handle: async ({ body }, req, res) => {
        const state = authStateOf(res);
        const secretSealed = req.session.enrollmentSecretSealed;
        const context = http.auditContext(req, res);
        if (state.pendingAccountId !== null) {
          if (!secretSealed) throw AppError.unauthenticated('sign in again');
          const outcome = await services.signIn.confirmEnrollmentAtSignIn(
            state.pendingAccountId,
            secretSealed,
            body.code,
            sourceAddressOf(req),
            context,
          );
          return answer(outcome, req, res);
        }
        const account = signedInAccountOf(res);
        await services.totpSettings.confirm(account.id, secretSealed, body.code, context);
        delete req.session.enrollmentSecretSealed;
        return {
          status: 'signed_in' as const,
          account: await services.me.me(account.id, state.sessionExpiresAt),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/auth/sign-out',
      operationId: 'signOut',
      summary: 'Ends this session (a fresh anonymous one carries the next XSRF token)',
      tag: 'auth',
      access: Access.signedIn({ duringPasswordChange: true }),
      body: EmptyBodySchema,
      response: { status: 204, description: 'Signed out', schema: NoContentSchema },
      handle: async (_input, req, res) => {
        const account = signedInAccountOf(res);
        await services.signIn.recordSignOut(account, http.auditContext(req, res));
        await startSession(http, req, res, { stage: SignInStage.Anonymous, accountId: null });
      },
    }),
  ];
}
