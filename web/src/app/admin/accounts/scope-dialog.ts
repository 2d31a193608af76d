import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { Role } from '../../auth/roles';
import { SaveErrorPanel } from '../save-error-panel';
import type { AccountSummary } from './accounts-api.types';
import { AccountDialogActions } from './accounts.actions';
import { accountsFeature } from './accounts.feature';
import {
  ScopeUnitPicker,
  type ScopeUnitValue,
  isSettledScope,
  scopeUnitCodeOf,
  settledScope,
} from './scope-unit-picker';

/** The security admin sets an account's unit subtree and, for allocators, its departments. */
@Component({
  selector: 'app-scope-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    ReactiveFormsModule,
    SaveErrorPanel,
    ScopeUnitPicker,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'admin.scope.title' | transloco: { name: account.displayName } }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <app-scope-unit-picker [control]="form.controls.unit" />
        @if (isAllocator) {
          <mat-form-field>
            <mat-label>{{ 'admin.scope.departments' | transloco }}</mat-label>
            <mat-select multiple formControlName="departmentCodes" data-testid="scope-departments">
              @for (department of departments() ?? []; track department.code) {
                <mat-option [value]="department.code">{{ department.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'admin.scope.departmentsHint' | transloco }}</mat-hint>
          </mat-form-field>
        }
        <app-save-error-panel [error]="saveError()" [fieldErrors]="saveFieldErrors()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          data-testid="scope-submit"
          [disabled]="!isUnitSettled() || isSaving()"
        >
          {{ 'common.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './account-dialogs.scss',
})
export class ScopeDialog {
  private readonly store = inject(Store);
  protected readonly account = inject<AccountSummary>(MAT_DIALOG_DATA);

  protected readonly isSaving = this.store.selectSignal(accountsFeature.selectIsSaving);
  protected readonly saveError = this.store.selectSignal(accountsFeature.selectSaveError);
  protected readonly saveFieldErrors = this.store.selectSignal(
    accountsFeature.selectSaveFieldErrors,
  );
  protected readonly departments = this.store.selectSignal(accountsFeature.selectDepartmentOptions);
  protected readonly isAllocator = this.account.roles.includes(Role.ResourceAllocator);

  protected readonly form = new FormGroup({
    unit: new FormControl<ScopeUnitValue>(
      this.account.scope.unitCode
        ? {
            code: this.account.scope.unitCode,
            name: this.account.scope.unitName ?? this.account.scope.unitCode,
          }
        : '',
      { nonNullable: true, validators: [settledScope] },
    ),
    departmentCodes: new FormControl<string[]>([...this.account.scope.departmentCodes], {
      nonNullable: true,
    }),
  });
  private readonly unitValue = toSignal(this.form.controls.unit.valueChanges, {
    initialValue: this.form.controls.unit.value,
  });
  protected readonly isUnitSettled = computed(() => isSettledScope(this.unitValue()));

  constructor() {
    this.store.dispatch(AccountDialogActions.scopeDialogOpened({ account: this.account }));
  }

  protected submit(): void {
    if (!this.isUnitSettled() || this.isSaving()) {
      return;
    }
    const { unit, departmentCodes } = this.form.getRawValue();
    this.store.dispatch(
      AccountDialogActions.scopeSubmitted({
        accountId: this.account.id,
        scope: {
          scopeUnitCode: scopeUnitCodeOf(unit),
          scopeDepartmentCodes: this.isAllocator ? departmentCodes : [],
        },
      }),
    );
  }
}
