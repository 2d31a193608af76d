import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoService } from '@jsverse/transloco';
import { type Observable, map } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from '../confirm-dialog';
import { AccountCreateDialog } from './account-create-dialog';
import type { AccountSummary } from './accounts-api.types';
import { OneTimePasswordDialog, type OneTimePasswordDialogData } from './one-time-password-dialog';
import { RoleAssignmentDialog } from './role-assignment-dialog';
import { ScopeDialog } from './scope-dialog';

const FORM_DIALOG = { width: '560px', maxWidth: '95vw', autoFocus: 'first-tabbable' } as const;

const CONFIRMATIONS = {
  disable: {
    titleKey: 'admin.accounts.confirm.disableTitle',
    textKey: 'admin.accounts.confirm.disableText',
    confirmKey: 'admin.accounts.action.disable',
  },
  resetPassword: {
    titleKey: 'admin.accounts.confirm.resetTitle',
    textKey: 'admin.accounts.confirm.resetText',
    confirmKey: 'admin.accounts.action.resetPassword',
  },
  resetTotp: {
    titleKey: 'admin.accounts.confirm.resetTotpTitle',
    textKey: 'admin.accounts.confirm.resetTotpText',
    confirmKey: 'admin.accounts.action.resetTotp',
  },
} as const;

function accountName(account: AccountSummary): string {
  return `${account.displayName} (${account.username})`;
}

/** Opens and closes the account page's dialogs for its effects. */
@Injectable({ providedIn: 'root' })
export class AccountDialogs {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  openCreate(): void {
    this.dialog.open(AccountCreateDialog, FORM_DIALOG);
  }

  openRoles(account: AccountSummary): void {
    this.dialog.open(RoleAssignmentDialog, { ...FORM_DIALOG, data: account });
  }

  openScope(account: AccountSummary): void {
    this.dialog.open(ScopeDialog, { ...FORM_DIALOG, data: account });
  }

  confirm(kind: keyof typeof CONFIRMATIONS, account: AccountSummary): Observable<boolean> {
    const data: ConfirmDialogData = {
      ...CONFIRMATIONS[kind],
      params: { name: accountName(account) },
    };
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .pipe(map((answer) => answer === true));
  }

  showOneTimePassword(account: AccountSummary, password: string): void {
    this.dialog.open<OneTimePasswordDialog, OneTimePasswordDialogData>(OneTimePasswordDialog, {
      data: { name: accountName(account), password },
      // Closing by a stray click would lose a password that is shown only once.
      disableClose: true,
      width: '520px',
      maxWidth: '95vw',
    });
  }

  announceChange(): void {
    this.snackBar.open(
      this.transloco.translate('admin.accounts.updated'),
      this.transloco.translate('common.dismiss'),
      { duration: 4000 },
    );
  }

  closeAll(): void {
    this.dialog.closeAll();
  }
}
