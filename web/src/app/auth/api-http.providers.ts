import {
  provideHttpClient,
  withFetch,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import type { EnvironmentProviders } from '@angular/core';
import { backgroundRequestInterceptor } from './background-request-interceptor';
import { sessionInterceptor } from './session-interceptor';

/**
 * HttpClient as the console talks to its API: the server sets the `XSRF-TOKEN` cookie and
 * Angular echoes it as `X-XSRF-TOKEN` on same-origin POST/PUT/PATCH/DELETE (never on GET/HEAD,
 * never to another origin); answers that end or restrict the session reach the store.
 */
export function provideApiHttpClient(): EnvironmentProviders {
  return provideHttpClient(
    withFetch(),
    withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    withInterceptors([backgroundRequestInterceptor, sessionInterceptor]),
  );
}
