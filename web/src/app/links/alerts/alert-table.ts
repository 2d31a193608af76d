import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe } from '@jsverse/transloco';
import { AlertSeverityChip } from './alert-severity-chip';
import type { AlertSummary } from './alerts-api.types';
import {
  ALERT_PAGE_SIZE_OPTIONS,
  ALERT_SORT_KEYS,
  type AlertQuery,
  type AlertSortKey,
} from './alert-query';

export const ALERT_TABLE_COLUMNS = [
  'severity',
  'kind',
  'unit',
  'summary',
  'status',
  'raisedAt',
  'acknowledgement',
  'actions',
] as const;

/** One server-side page of alerts: sorting, paging and actions are reported up. */
@Component({
  selector: 'app-alert-table',
  imports: [
    AlertSeverityChip,
    DatePipe,
    MatButtonModule,
    MatPaginatorModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table
        mat-table
        matSort
        [dataSource]="rows()"
        [trackBy]="trackById"
        [matSortActive]="query().sort"
        [matSortDirection]="query().order"
        matSortDisableClear
        (matSortChange)="onSort($event)"
        data-testid="alert-table"
      >
        <ng-container matColumnDef="severity">
          <th mat-header-cell *matHeaderCellDef mat-sort-header="severity">
            {{ 'alerts.field.severity' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">
            <app-alert-severity-chip [severity]="row.severity" />
          </td>
        </ng-container>
        <ng-container matColumnDef="kind">
          <th mat-header-cell *matHeaderCellDef mat-sort-header="kind">
            {{ 'alerts.field.kind' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">{{ 'alerts.kind.' + row.kind | transloco }}</td>
        </ng-container>
        <ng-container matColumnDef="unit">
          <th mat-header-cell *matHeaderCellDef mat-sort-header="unit">
            {{ 'alerts.field.unit' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">
            {{ row.unit?.name ?? row.subject.id }}
            @if (row.unit) {
              <div class="muted code">{{ row.unit.code }}</div>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="summary">
          <th mat-header-cell *matHeaderCellDef>{{ 'alerts.field.summary' | transloco }}</th>
          <td mat-cell *matCellDef="let row">
            <button
              mat-button
              type="button"
              class="summary"
              data-testid="alert-open"
              (click)="open.emit(row.id)"
            >
              {{ row.summary }}
            </button>
          </td>
        </ng-container>
        <ng-container matColumnDef="status">
          <th mat-header-cell *matHeaderCellDef mat-sort-header="status">
            {{ 'alerts.field.status' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row" [attr.data-status]="row.status">
            {{ 'alerts.status.' + row.status | transloco }}
            @if (row.isFlapping) {
              <span class="flapping" data-testid="flapping">{{
                'alerts.flapping' | transloco
              }}</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="raisedAt">
          <th mat-header-cell *matHeaderCellDef mat-sort-header="raisedAt">
            {{ 'alerts.field.raisedAt' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row">{{ row.raisedAt | date: 'yyyy-MM-dd HH:mm:ss' }}</td>
        </ng-container>
        <ng-container matColumnDef="acknowledgement">
          <th mat-header-cell *matHeaderCellDef>
            {{ 'alerts.field.acknowledgement' | transloco }}
          </th>
          <td mat-cell *matCellDef="let row" data-testid="ack-cell">
            @if (row.acknowledgement; as ack) {
              <span [matTooltip]="ack.comment"
                >{{ ack.by }} · {{ ack.at | date: 'MM-dd HH:mm' }}</span
              >
            } @else {
              <span class="muted">—</span>
            }
          </td>
        </ng-container>
        <ng-container matColumnDef="actions">
          <th mat-header-cell *matHeaderCellDef>{{ 'common.actions' | transloco }}</th>
          <td mat-cell *matCellDef="let row">
            @if (canAcknowledge()) {
              @if (row.acknowledgement) {
                <button
                  mat-stroked-button
                  type="button"
                  data-testid="unack-button"
                  (click)="unacknowledge.emit(row)"
                >
                  {{ 'alerts.action.unacknowledge' | transloco }}
                </button>
              } @else {
                <button
                  mat-flat-button
                  type="button"
                  data-testid="ack-button"
                  (click)="acknowledge.emit(row)"
                >
                  {{ 'alerts.action.acknowledge' | transloco }}
                </button>
              }
            }
          </td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns"></tr>
        <tr mat-row *matRowDef="let row; columns: columns" [class]="'row-' + row.severity"></tr>
        <tr class="mat-row" *matNoDataRow>
          <td class="mat-cell empty" [attr.colspan]="columns.length">
            {{ 'alerts.empty' | transloco }}
          </td>
        </tr>
      </table>
    </div>
    <mat-paginator
      [length]="matchCount()"
      [pageIndex]="pageIndex()"
      [pageSize]="query().pageSize"
      [pageSizeOptions]="pageSizeOptions"
      (page)="onPage($event)"
    />
  `,
  styles: `
    .table-wrap {
      overflow-x: auto;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .code {
      font-size: 12px;
    }
    .summary {
      text-align: left;
      white-space: normal;
    }
    .flapping {
      margin-left: 6px;
      color: #e8710a;
      font-weight: 600;
    }
    .empty {
      padding: 24px;
      text-align: center;
    }
  `,
})
export class AlertTable {
  readonly rows = input.required<AlertSummary[]>();
  readonly matchCount = input.required<number>();
  readonly query = input.required<AlertQuery>();
  readonly canAcknowledge = input(false);

  readonly sortChange = output<{ sort: AlertSortKey; order: 'asc' | 'desc' }>();
  readonly pageChange = output<{ page: number; pageSize: number }>();
  readonly open = output<number>();
  readonly acknowledge = output<AlertSummary>();
  readonly unacknowledge = output<AlertSummary>();

  protected readonly columns = ALERT_TABLE_COLUMNS;
  protected readonly pageSizeOptions = [...ALERT_PAGE_SIZE_OPTIONS];
  protected readonly pageIndex = computed(() => this.query().page - 1);
  protected readonly trackById = (_index: number, row: AlertSummary) => row.id;

  protected onSort(sort: Sort): void {
    if (!(ALERT_SORT_KEYS as readonly string[]).includes(sort.active) || !sort.direction) return;
    this.sortChange.emit({ sort: sort.active as AlertSortKey, order: sort.direction });
  }

  protected onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
