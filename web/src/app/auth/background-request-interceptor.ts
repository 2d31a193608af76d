import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { UserActivity } from './user-activity';

/** The API serves such requests without counting them as activity (see session-authentication). */
export const BACKGROUND_REQUEST_HEADER = 'X-Extranet-Background';

/** Marks requests made while nobody uses the console, so they do not keep the session alive. */
export const backgroundRequestInterceptor: HttpInterceptorFn = (request, next) =>
  next(
    inject(UserActivity).isIdle()
      ? request.clone({ setHeaders: { [BACKGROUND_REQUEST_HEADER]: '1' } })
      : request,
  );
