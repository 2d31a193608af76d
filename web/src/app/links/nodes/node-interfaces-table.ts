import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, input, viewChild } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { MbpsPipe } from '../bit-rate';
import type { NodeInterface } from './nodes-api.types';

export const NODE_INTERFACE_COLUMNS = [
  'ifIndex',
  'ifName',
  'ifAlias',
  'ifType',
  'physAddress',
  'speedMbps',
  'status',
  'member',
  'lastSkip',
] as const;

/** Sort keys of the columns whose cell is not a plain field; absent ports sort last. */
function sortValue(row: NodeInterface, column: string): string | number {
  switch (column) {
    case 'ifIndex':
      return row.ifIndex ?? Number.MAX_SAFE_INTEGER;
    case 'status':
      return row.operStatus ?? 99;
    case 'member':
      return row.member?.memberIndex ?? 99;
    case 'lastSkip':
      return row.lastSkip?.at ?? '';
    default: {
      const value = row[column as keyof NodeInterface];
      return typeof value === 'number' || typeof value === 'string' ? value : '';
    }
  }
}

/** A node's interfaces, sorted, filtered and paged in the browser (a node has dozens, not more). */
@Component({
  selector: 'app-node-interfaces-table',
  imports: [
    DatePipe,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    MbpsPipe,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="filter">
      <mat-label>{{ 'nodes.interfaces.filter' | transloco }}</mat-label>
      <input
        matInput
        data-testid="interface-filter"
        (input)="onFilter($any($event.target).value)"
      />
    </mat-form-field>
    <table mat-table matSort [dataSource]="dataSource" data-testid="interface-table">
      <ng-container matColumnDef="ifIndex">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>ifIndex</th>
        <td mat-cell *matCellDef="let row">
          @if (row.isPresent) {
            {{ row.ifIndex }}
          } @else {
            <span
              class="absent"
              [matTooltip]="
                'nodes.interfaces.absentSince'
                  | transloco: { time: (row.absentSince | date: 'yyyy-MM-dd HH:mm') }
              "
            >
              {{ 'nodes.interfaces.absent' | transloco }}
            </span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="ifName">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.name' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          {{ row.ifName }}
          @if (row.ifDescr && row.ifDescr !== row.ifName) {
            <div class="muted">{{ row.ifDescr }}</div>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="ifAlias">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.alias' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          {{ row.ifAlias ?? '—' }}
          @if (row.hexTextFields.length > 0) {
            <span class="hex" [matTooltip]="'nodes.hexTooltip' | transloco" data-testid="hex-flag"
              >HEX</span
            >
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="ifType">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.type' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">{{ row.ifType ?? '—' }}</td>
      </ng-container>
      <ng-container matColumnDef="physAddress">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>MAC</th>
        <td mat-cell *matCellDef="let row" class="mono">{{ row.physAddress ?? '—' }}</td>
      </ng-container>
      <ng-container matColumnDef="speedMbps">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.speed' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          {{ row.speedMbps === null ? '—' : (row.speedMbps | mbps) }}
        </td>
      </ng-container>
      <ng-container matColumnDef="status">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.status' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          {{ 'links.ifStatus.' + (row.adminStatus ?? 'none') | transloco }} /
          {{ 'links.ifStatus.' + (row.operStatus ?? 'none') | transloco }}
        </td>
      </ng-container>
      <ng-container matColumnDef="member">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.member' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row">
          @if (row.member; as member) {
            <a [routerLink]="['/links/uplinks', member.uplinkId]" data-testid="member-link">
              {{
                'nodes.interfaces.memberLabel'
                  | transloco: { index: member.memberIndex, carrier: member.carrier }
              }}
            </a>
          } @else {
            —
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="lastSkip">
        <th mat-header-cell *matHeaderCellDef mat-sort-header>
          {{ 'nodes.interfaces.lastSkip' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" [attr.data-skip]="row.lastSkip?.reason">
          @if (row.lastSkip; as skip) {
            {{ 'nodes.skipReason.' + skip.reason | transloco }}
            <div class="muted">{{ skip.at | date: 'MM-dd HH:mm:ss' }}</div>
          } @else {
            —
          }
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns" [class.absent-row]="!row.isPresent"></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell muted" [attr.colspan]="columns.length">
          {{ 'nodes.interfaces.empty' | transloco }}
        </td>
      </tr>
    </table>
    <mat-paginator [pageSize]="25" [pageSizeOptions]="[25, 50, 100]" showFirstLastButtons />
  `,
  styles: `
    table {
      width: 100%;
    }
    .filter {
      margin-bottom: 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font-size: 12px;
    }
    .mono {
      font-family: monospace;
    }
    .hex {
      margin-left: 4px;
      padding: 0 4px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 4px;
      font-size: 11px;
    }
    .absent-row {
      opacity: 0.6;
    }
  `,
})
export class NodeInterfacesTable {
  readonly interfaces = input.required<NodeInterface[]>();

  protected readonly columns = NODE_INTERFACE_COLUMNS;
  protected readonly dataSource = new MatTableDataSource<NodeInterface>([]);
  private readonly sort = viewChild.required(MatSort);
  private readonly paginator = viewChild.required(MatPaginator);

  constructor() {
    this.dataSource.sortingDataAccessor = sortValue;
    this.dataSource.filterPredicate = (row, filter) =>
      [row.ifName, row.ifAlias, row.ifDescr, row.physAddress, String(row.ifIndex ?? '')]
        .filter((text): text is string => text !== null)
        .some((text) => text.toLowerCase().includes(filter));
    effect(() => {
      this.dataSource.data = this.interfaces();
    });
    effect(() => {
      this.dataSource.sort = this.sort();
      this.dataSource.paginator = this.paginator();
    });
  }

  protected onFilter(text: string): void {
    this.dataSource.filter = text.trim().toLowerCase();
  }
}
