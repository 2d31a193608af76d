import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { ApiError } from './api-error';
import { apiErrorExplanationKey } from './api-error-description';

/** Tells the operator, in a snackbar, that a change was not made, and why. */
@Injectable({ providedIn: 'root' })
export class ActionFailureNotifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  notify(error: ApiError): void {
    const key = apiErrorExplanationKey(error);
    const explanation = key ? this.transloco.translate(key) : '';
    const reason = [explanation, error.message].filter(Boolean).join(' ') || `HTTP ${error.status}`;
    this.snackBar.open(
      this.transloco.translate('errors.actionFailed', { reason }),
      this.transloco.translate('common.dismiss'),
      { duration: 8000, panelClass: 'action-failure-snackbar' },
    );
  }
}
