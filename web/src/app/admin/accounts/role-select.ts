import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith, switchMap } from 'rxjs';
import {
  ROLES,
  type Role,
  hasConflictingAdminDuties,
  isBlockedByAdminDuty,
} from '../../auth/roles';

/** Multi-select of roles where a second admin duty cannot be picked (三员分立). */
@Component({
  selector: 'app-role-select',
  imports: [MatFormFieldModule, MatSelectModule, ReactiveFormsModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field class="role-field">
      <mat-label>{{ labelKey() | transloco }}</mat-label>
      <mat-select multiple [formControl]="control()" data-testid="role-select">
        @for (role of roles; track role) {
          <mat-option [value]="role" [disabled]="isBlocked(role)">
            {{ 'roles.' + role | transloco }}
          </mat-option>
        }
      </mat-select>
      <mat-hint>{{ 'admin.roles.adminExclusive' | transloco }}</mat-hint>
      @if (hasConflict()) {
        <mat-error>{{ 'admin.roles.conflict' | transloco }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .role-field {
      width: 100%;
    }
  `,
})
export class RoleSelect {
  readonly control = input.required<FormControl<Role[]>>();
  readonly labelKey = input('admin.roles.label');

  protected readonly roles = ROLES;
  private readonly chosenRoles = toSignal(
    toObservable(this.control).pipe(
      switchMap((control) => control.valueChanges.pipe(startWith(control.value))),
    ),
    { initialValue: [] as Role[] },
  );
  protected readonly hasConflict = computed(() => hasConflictingAdminDuties(this.chosenRoles()));

  protected isBlocked(role: Role): boolean {
    return isBlockedByAdminDuty(this.chosenRoles(), role);
  }
}

/** Form validator twin of the select's rule, for roles set programmatically. */
export function noConflictingAdminDuties(control: {
  value: Role[];
}): { adminDutyConflict: true } | null {
  return hasConflictingAdminDuties(control.value) ? { adminDutyConflict: true } : null;
}
