import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import type { Role } from '../../auth/roles';
import { AccountDialogActions } from './accounts.actions';
import { accountsFeature } from './accounts.feature';
import { SaveErrorPanel } from '../save-error-panel';
import { RoleSelect, noConflictingAdminDuties } from './role-select';
import {
  ScopeUnitPicker,
  type ScopeUnitValue,
  scopeUnitCodeOf,
  settledScope,
} from './scope-unit-picker';

/** Usernames the API accepts: 3–32 letters, digits, `._-`, starting with a letter (it lower-cases). */
export const USERNAME_PATTERN = /^[A-Za-z][A-Za-z0-9._-]{2,31}$/;

/** New account: the server answers with its one-time password, shown once afterwards. */
@Component({
  selector: 'app-account-create-dialog',
  imports: [
    SaveErrorPanel,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RoleSelect,
    ScopeUnitPicker,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'admin.create.title' | transloco }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <mat-form-field>
          <mat-label>{{ 'admin.create.username' | transloco }}</mat-label>
          <input
            matInput
            formControlName="username"
            autocomplete="off"
            data-testid="account-username"
          />
          <mat-hint>{{ 'admin.create.usernameHint' | transloco }}</mat-hint>
          @if (form.controls.username.hasError('pattern')) {
            <mat-error>{{ 'admin.create.usernameInvalid' | transloco }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'admin.create.displayName' | transloco }}</mat-label>
          <input
            matInput
            formControlName="displayName"
            autocomplete="off"
            data-testid="account-display-name"
          />
        </mat-form-field>
        <app-role-select [control]="form.controls.roles" labelKey="admin.create.roles" />
        <p class="hint">{{ 'admin.create.rolesHint' | transloco }}</p>
        <app-scope-unit-picker [control]="form.controls.scopeUnit" />
        <app-save-error-panel [error]="saveError()" [fieldErrors]="saveFieldErrors()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          data-testid="account-create-submit"
          [disabled]="form.invalid || isSaving()"
        >
          {{ 'admin.create.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './account-dialogs.scss',
})
export class AccountCreateDialog {
  private readonly store = inject(Store);

  protected readonly isSaving = this.store.selectSignal(accountsFeature.selectIsSaving);
  protected readonly saveError = this.store.selectSignal(accountsFeature.selectSaveError);
  protected readonly saveFieldErrors = this.store.selectSignal(
    accountsFeature.selectSaveFieldErrors,
  );

  protected readonly form = new FormGroup({
    username: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(USERNAME_PATTERN)],
    }),
    displayName: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(64)],
    }),
    roles: new FormControl<Role[]>([], {
      nonNullable: true,
      validators: [noConflictingAdminDuties],
    }),
    scopeUnit: new FormControl<ScopeUnitValue>('', {
      nonNullable: true,
      validators: [settledScope],
    }),
  });

  protected submit(): void {
    if (this.form.invalid || this.isSaving()) {
      return;
    }
    const { username, displayName, roles, scopeUnit } = this.form.getRawValue();
    this.store.dispatch(
      AccountDialogActions.createSubmitted({
        draft: {
          username: username.trim(),
          displayName: displayName.trim(),
          roles,
          scopeUnitCode: scopeUnitCodeOf(scopeUnit),
          scopeDepartmentCodes: [],
        },
      }),
    );
  }
}
