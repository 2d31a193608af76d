import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { ApiError } from './api-error';
import { apiErrorExplanationKey } from './api-error-description';

/** Tells the operator, in a snackbar, that data could not be loaded; pages show the retry. */
@Injectable({ providedIn: 'root' })
export class LoadFailureNotifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  notify(error: ApiError): void {
    const key = apiErrorExplanationKey(error);
    const reason = key ? this.transloco.translate(key) : error.message || `HTTP ${error.status}`;
    const message = this.transloco.translate('errors.loadFailed', { reason });
    this.snackBar.open(message, this.transloco.translate('common.dismiss'), {
      duration: 8000,
      panelClass: 'load-failure-snackbar',
    });
  }
}
