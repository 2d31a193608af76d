import { ChangeDetectionStrategy, Component, effect, input, output } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ALERT_KINDS,
  ALERT_SEVERITIES,
  ALERT_STATUSES,
  type AlertKind,
  type AlertSeverity,
  type AlertStatus,
} from './alert-choices';
import type { AlertFilters } from './alert-query';

type AcknowledgedChoice = 'any' | 'yes' | 'no';

/** Status, severity, kind, acknowledgement and free text; applied on submit. */
@Component({
  selector: 'app-alert-filter-bar',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ReactiveFormsModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="filters" [formGroup]="form" (ngSubmit)="apply()" data-testid="alert-filters">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'alerts.field.status' | transloco }}</mat-label>
        <mat-select formControlName="statuses" multiple data-testid="filter-status">
          @for (status of statuses; track status) {
            <mat-option [value]="status">{{ 'alerts.status.' + status | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'alerts.field.severity' | transloco }}</mat-label>
        <mat-select formControlName="severities" multiple>
          @for (severity of severities; track severity) {
            <mat-option [value]="severity">{{
              'alerts.severity.' + severity | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'alerts.field.kind' | transloco }}</mat-label>
        <mat-select formControlName="kinds" multiple>
          @for (kind of kinds; track kind) {
            <mat-option [value]="kind">{{ 'alerts.kind.' + kind | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'alerts.field.acknowledgement' | transloco }}</mat-label>
        <mat-select formControlName="acknowledged">
          <mat-option value="any">{{ 'alerts.filters.any' | transloco }}</mat-option>
          <mat-option value="no">{{ 'alerts.filters.unacknowledged' | transloco }}</mat-option>
          <mat-option value="yes">{{ 'alerts.filters.acknowledged' | transloco }}</mat-option>
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" class="search">
        <mat-label>{{ 'alerts.filters.search' | transloco }}</mat-label>
        <input matInput formControlName="q" maxlength="64" data-testid="filter-q" />
      </mat-form-field>
      <button mat-flat-button type="submit" data-testid="filter-apply">
        {{ 'alerts.filters.apply' | transloco }}
      </button>
    </form>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: baseline;
    }
    .search {
      min-width: 220px;
    }
  `,
})
export class AlertFilterBar {
  readonly filters = input.required<AlertFilters>();
  readonly filtersChange = output<AlertFilters>();

  protected readonly statuses = ALERT_STATUSES;
  protected readonly severities = ALERT_SEVERITIES;
  protected readonly kinds = ALERT_KINDS;
  protected readonly form = new FormGroup({
    statuses: new FormControl<AlertStatus[]>([], { nonNullable: true }),
    severities: new FormControl<AlertSeverity[]>([], { nonNullable: true }),
    kinds: new FormControl<AlertKind[]>([], { nonNullable: true }),
    acknowledged: new FormControl<AcknowledgedChoice>('any', { nonNullable: true }),
    q: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    effect(() => {
      const filters = this.filters();
      this.form.setValue(
        {
          statuses: filters.statuses,
          severities: filters.severities,
          kinds: filters.kinds,
          acknowledged: filters.acknowledged === null ? 'any' : filters.acknowledged ? 'yes' : 'no',
          q: filters.q,
        },
        { emitEvent: false },
      );
    });
  }

  protected apply(): void {
    const value = this.form.getRawValue();
    this.filtersChange.emit({
      statuses: value.statuses,
      severities: value.severities,
      kinds: value.kinds,
      acknowledged: value.acknowledged === 'any' ? null : value.acknowledged === 'yes',
      q: value.q,
    });
  }
}
