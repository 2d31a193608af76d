import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import type { ApiError } from '../api-errors/api-error';
import { AccessDeniedNotice, type AccessDeniedNoticeData } from './access-denied-notice';

const NOTICE_MS = 8000;

/**
 * Snackbars about the session itself: expiry, refusals, sign-out, password and second-factor
 * changes.
 */
@Injectable({ providedIn: 'root' })
export class SessionNotices {
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  sessionExpired(): void {
    this.show('auth.sessionExpired');
  }

  accessDenied(message: string): void {
    this.snackBar.openFromComponent<AccessDeniedNotice, AccessDeniedNoticeData>(
      AccessDeniedNotice,
      { data: { message }, duration: NOTICE_MS },
    );
  }

  signOutFailed(error: ApiError): void {
    this.show('auth.signOutFailed', { reason: error.message || `HTTP ${error.status}` });
  }

  passwordChanged(): void {
    this.show('account.password.changed');
  }

  totpEnabled(): void {
    this.show('account.twoFactor.enabled');
  }

  totpDisabled(): void {
    this.show('account.twoFactor.disabled');
  }

  private show(key: string, params?: Record<string, unknown>): void {
    this.snackBar.open(
      this.transloco.translate(key, params),
      this.transloco.translate('common.dismiss'),
      { duration: NOTICE_MS },
    );
  }
}
