import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, filter, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { LoadFailureNotifier } from '../../api-errors/load-failure-notifier';
import { UnitDrilldownPageActions, UnitsApiActions } from './unit-drilldown.actions';
import { unitDrilldownFeature } from './unit-drilldown.feature';
import { UnitsApi } from './units-api';

export const loadUnit = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(UnitsApi)) => {
    return actions$.pipe(
      ofType(UnitDrilldownPageActions.opened, UnitDrilldownPageActions.retryClicked),
      concatLatestFrom(() => store.select(unitDrilldownFeature.selectSelectedCode)),
      map(([, code]) => code),
      filter((code): code is string => code !== null),
      switchMap((code) =>
        api.get(code).pipe(
          map((unit) => UnitsApiActions.unitLoaded({ requestedCode: code, unit })),
          catchError((error: unknown) =>
            of(UnitsApiActions.unitLoadFailed({ code, error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const notifyUnitLoadFailure = createEffect(
  (actions$ = inject(Actions), notifier = inject(LoadFailureNotifier)) => {
    return actions$.pipe(
      ofType(UnitsApiActions.unitLoadFailed),
      tap(({ error }) => notifier.notify(error)),
    );
  },
  { functional: true, dispatch: false },
);
