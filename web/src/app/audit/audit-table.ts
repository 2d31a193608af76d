import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AuditEvent } from './audit-api.types';
import { AUDIT_PAGE_SIZES, type AuditQuery } from './audit-query';

export const AUDIT_TABLE_COLUMNS = [
  'occurredAt',
  'username',
  'sourceAddress',
  'action',
  'object',
  'result',
  'details',
] as const;

/** One server-side page of audit records, newest first as the API orders them. */
@Component({
  selector: 'app-audit-table',
  imports: [
    DatePipe,
    MatButtonModule,
    MatIconModule,
    MatPaginatorModule,
    MatTableModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-table.html',
  styleUrl: './audit-table.scss',
})
export class AuditTable {
  readonly rows = input.required<AuditEvent[]>();
  readonly matchCount = input.required<number>();
  readonly query = input.required<AuditQuery>();

  readonly pageChange = output<{ page: number; pageSize: number }>();
  readonly details = output<AuditEvent>();

  protected readonly columns = AUDIT_TABLE_COLUMNS;
  protected readonly pageSizeOptions = [...AUDIT_PAGE_SIZES];
  protected readonly trackById = (_index: number, row: AuditEvent) => row.id;

  protected onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
