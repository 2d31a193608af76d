import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { toApiError } from '../../api-errors/api-error';
import { AlertRuleDialog } from './alert-rule-dialog';
import { AlertsApi } from './alerts-api';
import type { AlertRule, AlertRulePatch } from './alerts-api.types';
import {
  AlertRuleDialogActions,
  AlertRulesApiActions,
  AlertRulesPageActions,
} from './alert-rules.actions';

export const loadAlertRules = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(AlertRulesPageActions.opened, AlertRulesPageActions.retryClicked),
      switchMap(() =>
        api.rules().pipe(
          map(({ items }) => AlertRulesApiActions.rulesLoaded({ rules: items })),
          catchError((error: unknown) =>
            of(AlertRulesApiActions.rulesLoadFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

/** Opens the rule form; a cancelled form changes nothing. */
export const editAlertRule = createEffect(
  (actions$ = inject(Actions), dialog = inject(MatDialog)) => {
    return actions$.pipe(
      ofType(AlertRulesPageActions.editClicked),
      exhaustMap(({ rule }) =>
        dialog
          .open<AlertRuleDialog, AlertRule, AlertRulePatch | null>(AlertRuleDialog, {
            data: rule,
            width: '640px',
            maxWidth: '95vw',
          })
          .afterClosed()
          .pipe(
            filter((patch): patch is AlertRulePatch => !!patch && Object.keys(patch).length > 0),
            map((patch) => AlertRuleDialogActions.saveConfirmed({ id: rule.id, patch })),
          ),
      ),
    );
  },
  { functional: true },
);

export const saveAlertRule = createEffect(
  (actions$ = inject(Actions), api = inject(AlertsApi)) => {
    return actions$.pipe(
      ofType(AlertRuleDialogActions.saveConfirmed),
      exhaustMap(({ id, patch }) =>
        api.updateRule(id, patch).pipe(
          map((rule) => AlertRulesApiActions.ruleSaved({ rule })),
          catchError((error: unknown) =>
            of(AlertRulesApiActions.ruleSaveFailed({ error: toApiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const announceRuleSave = createEffect(
  (
    actions$ = inject(Actions),
    snackBar = inject(MatSnackBar),
    transloco = inject(TranslocoService),
  ) => {
    return actions$.pipe(
      ofType(AlertRulesApiActions.ruleSaved, AlertRulesApiActions.ruleSaveFailed),
      tap((action) => {
        const key =
          action.type === AlertRulesApiActions.ruleSaved.type
            ? 'alerts.rules.saved'
            : 'alerts.rules.saveFailed';
        const detail =
          action.type === AlertRulesApiActions.ruleSaveFailed.type
            ? ` ${action.error.message}`
            : '';
        snackBar.open(transloco.translate(key) + detail, transloco.translate('common.dismiss'), {
          duration: 5000,
        });
      }),
    );
  },
  { functional: true, dispatch: false },
);
