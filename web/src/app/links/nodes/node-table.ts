import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { NODE_SORT_KEYS, type NodeSortKey } from './node-choices';
import type { NodeListQuery, NodeSummary } from './nodes-api.types';

export const NODE_TABLE_COLUMNS = [
  'hostname',
  'code',
  'vendor',
  'mgmtAddress',
  'reachability',
  'lastPolledAt',
  'discoveredAt',
] as const;

/** One server-side page of nodes: sorting and paging are reported up, not done here. */
@Component({
  selector: 'app-node-table',
  imports: [DatePipe, MatPaginatorModule, MatSortModule, MatTableModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table
      mat-table
      matSort
      [dataSource]="rows()"
      [trackBy]="trackById"
      [matSortActive]="query().sort"
      [matSortDirection]="query().order"
      (matSortChange)="onSort($event)"
      data-testid="node-table"
    >
      <ng-container matColumnDef="hostname">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="hostname">
          {{ 'nodes.hostname' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          <a [routerLink]="['/links/nodes', row.id]" data-testid="node-link">{{ row.hostname }}</a>
          @if (row.sysName && row.sysName !== row.hostname) {
            <div class="muted">{{ row.sysName }}</div>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="code">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="code">
          {{ 'nodes.unit' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          {{ row.unit.name }} <span class="muted">{{ row.unit.code }}</span>
        </td>
      </ng-container>
      <ng-container matColumnDef="vendor">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="vendor">
          {{ 'nodes.vendor' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">{{ row.vendor ?? '—' }}</td>
      </ng-container>
      <ng-container matColumnDef="mgmtAddress">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="mgmtAddress">
          {{ 'nodes.mgmtAddress' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">{{ row.mgmtAddress }}</td>
      </ng-container>
      <ng-container matColumnDef="reachability">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="reachability">
          {{ 'nodes.reachability' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" [attr.data-reachability]="row.reachability">
          {{ 'nodes.reachabilityValue.' + row.reachability | transloco }}
          @if (row.consecutiveFailures > 0) {
            <span class="muted">×{{ row.consecutiveFailures }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="lastPolledAt">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="lastPolledAt">
          {{ 'nodes.lastPolledAt' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          {{ row.lastPolledAt ? (row.lastPolledAt | date: 'MM-dd HH:mm:ss') : '—' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="discoveredAt">
        <th mat-header-cell *matHeaderCellDef mat-sort-header="discoveredAt">
          {{ 'nodes.discovery.title' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" [attr.data-discovery]="row.discovery.status">
          {{ 'nodes.discovery.status.' + row.discovery.status | transloco }}
          @if (row.discovery.finishedAt) {
            <div class="muted">{{ row.discovery.finishedAt | date: 'MM-dd HH:mm' }}</div>
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell muted" [attr.colspan]="columns.length">
          {{ 'nodes.empty' | transloco }}
        </td>
      </tr>
    </table>
    <mat-paginator
      [length]="matchCount()"
      [pageIndex]="pageIndex()"
      [pageSize]="query().pageSize"
      [pageSizeOptions]="[25, 50, 100]"
      showFirstLastButtons
      (page)="onPage($event)"
    />
  `,
  styles: `
    table {
      width: 100%;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
    }
  `,
})
export class NodeTable {
  readonly rows = input.required<NodeSummary[]>();
  readonly matchCount = input.required<number>();
  readonly query = input.required<NodeListQuery>();

  readonly sortChange = output<{ sort: NodeSortKey; order: 'asc' | 'desc' }>();
  readonly pageChange = output<{ page: number; pageSize: number }>();

  protected readonly columns = NODE_TABLE_COLUMNS;
  protected readonly pageIndex = computed(() => this.query().page - 1);
  protected readonly trackById = (_index: number, row: NodeSummary) => row.id;

  /** Clearing the sort returns to the default order (by unit code). */
  protected onSort(sort: Sort): void {
    const key = (NODE_SORT_KEYS as readonly string[]).includes(sort.active)
      ? (sort.active as NodeSortKey)
      : 'code';
    this.sortChange.emit(
      sort.direction ? { sort: key, order: sort.direction } : { sort: 'code', order: 'asc' },
    );
  }

  protected onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
