import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { outputFromObservable, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { DateAdapter } from '@angular/material/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { debounceTime, filter, map, merge } from 'rxjs';
import { AUDIT_RESULTS, type AuditResult } from './audit-choices';
import type { AuditFilters, AuditQuery } from './audit-query';

export const AUDIT_SEARCH_DEBOUNCE_MS = 300;

/** `YYYY-MM-DD` of a local calendar day. */
export function toDay(date: Date | null): string | null {
  if (!date) {
    return null;
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function fromDay(day: string | null): Date | null {
  if (!day) {
    return null;
  }
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return new Date(year, month - 1, dayOfMonth);
}

function isSameFilters(a: AuditFilters, b: AuditFilters): boolean {
  return (Object.keys(a) as (keyof AuditFilters)[]).every((key) => a[key] === b[key]);
}

/** Time range, username, action, object type and result of the audit trail. */
@Component({
  selector: 'app-audit-filter-bar',
  imports: [
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-filter-bar.html',
  styleUrl: './audit-filter-bar.scss',
})
export class AuditFilterBar {
  readonly query = input.required<AuditQuery>();

  protected readonly results = AUDIT_RESULTS;
  protected readonly form = new FormGroup({
    range: new FormGroup({
      start: new FormControl<Date | null>(null),
      end: new FormControl<Date | null>(null),
    }),
    username: new FormControl('', { nonNullable: true }),
    action: new FormControl('', { nonNullable: true }),
    objectType: new FormControl('', { nonNullable: true }),
    result: new FormControl<AuditResult | null>(null),
  });

  readonly filtersChange = outputFromObservable(
    merge(
      this.form.controls.range.valueChanges,
      this.form.controls.result.valueChanges,
      merge(
        this.form.controls.username.valueChanges,
        this.form.controls.action.valueChanges,
        this.form.controls.objectType.valueChanges,
      ).pipe(debounceTime(AUDIT_SEARCH_DEBOUNCE_MS)),
    ).pipe(
      filter(() => this.form.controls.range.valid),
      map(() => this.formFilters()),
      filter((filters) => !isSameFilters(filters, this.queryFilters())),
    ),
  );

  constructor() {
    // The calendar follows the console's language.
    const dateAdapter = inject(DateAdapter);
    inject(TranslocoService)
      .langChanges$.pipe(takeUntilDestroyed())
      .subscribe((language) => dateAdapter.setLocale(language));
    // URL to form (a shared link, the back button) without echoing an event.
    effect(() => {
      const filters = this.queryFilters();
      if (!isSameFilters(filters, this.formFilters())) {
        this.form.setValue(
          {
            range: { start: fromDay(filters.from), end: fromDay(filters.to) },
            username: filters.username,
            action: filters.action,
            objectType: filters.objectType,
            result: filters.result,
          },
          { emitEvent: false },
        );
      }
    });
  }

  protected clear(): void {
    this.form.reset();
  }

  private queryFilters(): AuditFilters {
    const { from, to, username, action, objectType, result } = this.query();
    return { from, to, username, action, objectType, result };
  }

  private formFilters(): AuditFilters {
    const { range, username, action, objectType, result } = this.form.getRawValue();
    return {
      from: toDay(range.start),
      to: toDay(range.end),
      username: username.trim(),
      action: action.trim(),
      objectType: objectType.trim(),
      result,
    };
  }
}
