import { ChangeDetectionStrategy, Component, effect, input } from '@angular/core';
import { outputFromObservable } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, filter, map, merge } from 'rxjs';
import { ROLES, type Role } from '../../auth/roles';
import type { AccountFilters, AccountQuery } from './accounts-query';

export const ACCOUNT_SEARCH_DEBOUNCE_MS = 300;

/** Search and role filter of the account list; the URL keeps them. */
@Component({
  selector: 'app-account-filter-bar',
  imports: [
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" [formGroup]="form" (submit)="$event.preventDefault()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'admin.accounts.search' | transloco }}</mat-label>
        <mat-icon matPrefix svgIcon="search" />
        <input
          matInput
          type="search"
          formControlName="q"
          autocomplete="off"
          data-testid="account-search"
          [placeholder]="'admin.accounts.searchPlaceholder' | transloco"
        />
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ 'admin.accounts.role' | transloco }}</mat-label>
        <mat-select formControlName="role" data-testid="account-role-filter">
          <mat-option [value]="null">{{ 'admin.accounts.allRoles' | transloco }}</mat-option>
          @for (role of roles; track role) {
            <mat-option [value]="role">{{ 'roles.' + role | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 8px;
    }
  `,
})
export class AccountFilterBar {
  readonly query = input.required<AccountQuery>();

  protected readonly roles = ROLES;
  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    role: new FormControl<Role | null>(null),
  });

  readonly filtersChange = outputFromObservable(
    merge(
      this.form.controls.role.valueChanges,
      this.form.controls.q.valueChanges.pipe(debounceTime(ACCOUNT_SEARCH_DEBOUNCE_MS)),
    ).pipe(
      map((): AccountFilters => {
        const { q, role } = this.form.getRawValue();
        return { q: q.trim(), role };
      }),
      filter((filters) => filters.q !== this.query().q || filters.role !== this.query().role),
    ),
  );

  constructor() {
    // URL to form (a shared link, the back button) without echoing an event.
    effect(() => {
      const { q, role } = this.query();
      const current = this.form.getRawValue();
      if (current.q.trim() !== q || current.role !== role) {
        this.form.setValue({ q, role }, { emitEvent: false });
      }
    });
  }
}
