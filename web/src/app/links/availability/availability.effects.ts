import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import { catchError, map, of, switchMap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { AvailabilityApi } from './availability-api';
import { AvailabilityApiActions, AvailabilityPageActions } from './availability.actions';
import { availabilityFeature } from './availability.feature';

export const loadAvailabilityPage = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(AvailabilityApi)) => {
    return actions$.pipe(
      ofType(
        AvailabilityPageActions.opened,
        AvailabilityPageActions.queryChanged,
        AvailabilityPageActions.retryClicked,
      ),
      concatLatestFrom(() => store.select(availabilityFeature.selectQuery)),
      switchMap(([, query]) =>
        api.list(query).pipe(
          map((page) => AvailabilityApiActions.pageLoaded({ page })),
          catchError((error: unknown) =>
            of(AvailabilityApiActions.pageLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
