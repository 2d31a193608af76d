import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatSortModule, type Sort, type SortDirection } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { BitRatePipe } from '../bit-rate';
import type { UplinkSummary } from '../links-api.types';
import { UplinkStateChip } from '../uplink-state-chip';
import { UtilisationBar } from '../utilisation-bar';
import {
  PAGE_SIZE_OPTIONS,
  type SortOrder,
  UPLINK_SORT_KEYS,
  type UplinkQuery,
  type UplinkSortKey,
} from './uplink-query';

export const UPLINK_TABLE_COLUMNS = [
  'name',
  'level',
  'parent',
  'city',
  'tier',
  'state',
  'members',
  'inBps',
  'outBps',
  'utilisation',
  'stateChangedAt',
] as const;

/** One server-side page of uplinks: sorting and paging are reported up, not done here. */
@Component({
  selector: 'app-uplink-table',
  imports: [
    BitRatePipe,
    DatePipe,
    MatPaginatorModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
    UplinkStateChip,
    UtilisationBar,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './uplink-table.html',
  styleUrl: './uplink-table.scss',
})
export class UplinkTable {
  private readonly router = inject(Router);

  readonly rows = input.required<UplinkSummary[]>();
  readonly matchCount = input.required<number>();
  readonly query = input.required<UplinkQuery>();

  readonly sortChange = output<{ sort: UplinkSortKey | null; order: SortOrder }>();
  readonly pageChange = output<{ page: number; pageSize: number }>();

  protected readonly columns = UPLINK_TABLE_COLUMNS;
  protected readonly pageSizeOptions = [...PAGE_SIZE_OPTIONS];
  protected readonly sortActive = computed(() => this.query().sort ?? '');
  protected readonly sortDirection = computed<SortDirection>(() =>
    this.query().sort ? this.query().order : '',
  );

  protected readonly trackById = (_index: number, row: UplinkSummary) => row.id;

  protected onSort(sort: Sort): void {
    const key = (UPLINK_SORT_KEYS as readonly string[]).includes(sort.active)
      ? (sort.active as UplinkSortKey)
      : null;
    this.sortChange.emit(
      sort.direction && key ? { sort: key, order: sort.direction } : { sort: null, order: 'asc' },
    );
  }

  protected onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected open(row: UplinkSummary): void {
    void this.router.navigate(['/links/uplinks', row.id]);
  }
}
