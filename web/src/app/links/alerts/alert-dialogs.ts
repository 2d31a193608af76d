import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { type Observable, map } from 'rxjs';
import type { ApiError } from '../../api-errors/api-error';
import { AcknowledgeDialog, type AcknowledgeDialogData } from './acknowledge-dialog';
import { AlertDetailDialog } from './alert-detail-dialog';
import type { AlertSummary } from './alerts-api.types';
import { AlertDialogActions } from './alerts.actions';

/** Opens and closes the alert page's dialogs for its effects. */
@Injectable({ providedIn: 'root' })
export class AlertDialogs {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly store = inject(Store);

  openDetail(): void {
    this.dialog
      .open(AlertDetailDialog, { width: '720px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe(() => this.store.dispatch(AlertDialogActions.detailClosed()));
  }

  /** The comment typed, or null when cancelled. */
  askComment(alert: AlertSummary, isAcknowledge: boolean): Observable<string | null> {
    return this.dialog
      .open<AcknowledgeDialog, AcknowledgeDialogData, string | null>(AcknowledgeDialog, {
        data: { summary: alert.summary, isAcknowledge },
        width: '520px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(map((comment) => (typeof comment === 'string' ? comment : null)));
  }

  announceSaved(): void {
    this.snackBar.open(
      this.transloco.translate('alerts.ack.saved'),
      this.transloco.translate('common.dismiss'),
      {
        duration: 4000,
      },
    );
  }

  announceFailure(error: ApiError): void {
    const key = error.status === 409 ? 'alerts.ack.conflict' : 'alerts.ack.failed';
    this.snackBar.open(this.transloco.translate(key), this.transloco.translate('common.dismiss'), {
      duration: 6000,
    });
  }
}
