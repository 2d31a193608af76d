import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { catchError, throwError } from 'rxjs';
import { toApiError } from '../api-errors/api-error';
import { ANSWERS_OWN_AUTH_ERRORS } from './auth-api';
import { SessionInterceptorActions } from './auth.actions';

/** 403 codes that are not about the role or scope: the caller shows them as its own error. */
const NOT_A_REFUSAL = new Set(['csrf_failed', 'password_change_required']);

/**
 * Turns API answers that concern the whole session into store events: 401 (the session ended),
 * 403 `password_change_required`, other 403s (refused). The request still fails for its caller,
 * which shows its own error; sign-in steps and wrong passwords are left to their forms.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(Store);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && !request.context.get(ANSWERS_OWN_AUTH_ERRORS)) {
        const { status, code, message } = toApiError(error);
        if (status === 401 && code !== 'invalid_credentials') {
          store.dispatch(SessionInterceptorActions.sessionEnded({ code }));
        } else if (status === 403 && code === 'password_change_required') {
          store.dispatch(SessionInterceptorActions.passwordChangeDemanded());
        } else if (status === 403 && !NOT_A_REFUSAL.has(code)) {
          store.dispatch(SessionInterceptorActions.accessDenied({ message }));
        }
      }
      return throwError(() => error);
    }),
  );
};
