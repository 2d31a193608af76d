import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { toApiError } from '../api-errors/api-error';
import { AuthApi } from './auth-api';
import { AuthApiActions } from './auth.actions';
import * as authEffects from './auth.effects';
import { authFeature } from './auth.feature';
import * as signInEffects from './sign-in/sign-in.effects';

/** Asks the server who is signed in before the router takes its first decision. */
async function loadSessionAtStart(): Promise<void> {
  const api = inject(AuthApi);
  const store = inject(Store);
  const action = await firstValueFrom(
    api.session().pipe(
      map((session) => AuthApiActions.sessionLoaded({ session })),
      catchError((error: unknown) =>
        of(AuthApiActions.sessionLoadFailed({ error: toApiError(error) })),
      ),
    ),
  );
  store.dispatch(action);
}

/** The session state, its effects and the start-up session check (root providers). */
export function provideAuth(): EnvironmentProviders[] {
  return [
    provideState(authFeature),
    provideEffects(authEffects, signInEffects),
    provideAppInitializer(loadSessionAtStart),
  ];
}
