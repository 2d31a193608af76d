import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Role } from '../../auth/roles';
import type { AccountSummary } from './accounts-api.types';
import { AccountDialogActions } from './accounts.actions';
import { accountsFeature } from './accounts.feature';
import { SaveErrorPanel } from '../save-error-panel';
import { RoleSelect, noConflictingAdminDuties } from './role-select';

/** The security admin assigns roles; at most one admin duty per account. */
@Component({
  selector: 'app-role-assignment-dialog',
  imports: [
    SaveErrorPanel,
    MatButtonModule,
    MatDialogModule,
    ReactiveFormsModule,
    RoleSelect,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'admin.roles.title' | transloco: { name: account.displayName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <app-role-select [control]="roles" />
        <app-save-error-panel [error]="saveError()" [fieldErrors]="saveFieldErrors()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          data-testid="roles-submit"
          [disabled]="roles.invalid || isSaving()"
        >
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './account-dialogs.scss',
})
export class RoleAssignmentDialog {
  private readonly store = inject(Store);
  protected readonly account = inject<AccountSummary>(MAT_DIALOG_DATA);

  protected readonly isSaving = this.store.selectSignal(accountsFeature.selectIsSaving);
  protected readonly saveError = this.store.selectSignal(accountsFeature.selectSaveError);
  protected readonly saveFieldErrors = this.store.selectSignal(
    accountsFeature.selectSaveFieldErrors,
  );
  protected readonly roles = new FormControl<Role[]>([...this.account.roles], {
    nonNullable: true,
    validators: [noConflictingAdminDuties],
  });
  protected readonly form = new FormGroup({ roles: this.roles });

  protected submit(): void {
    if (this.roles.invalid || this.isSaving()) {
      return;
    }
    this.store.dispatch(
      AccountDialogActions.rolesSubmitted({ accountId: this.account.id, roles: this.roles.value }),
    );
  }
}
