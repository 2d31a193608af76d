import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Role } from '../../auth/roles';
import type { AccountSummary } from './accounts-api.types';
import { ACCOUNT_PAGE_SIZES, type AccountQuery } from './accounts-query';

export const ACCOUNT_TABLE_COLUMNS = [
  'username',
  'displayName',
  'roles',
  'scope',
  'status',
  'totp',
  'lastSignInAt',
  'actions',
] as const;

export type AccountAction =
  'disable' | 'enable' | 'resetPassword' | 'roles' | 'scope' | 'unlock' | 'resetTotp';

/** Status words of an account, most important first. */
export function accountStatusKeys(account: AccountSummary): string[] {
  const keys: string[] = [];
  if (account.isDisabled) keys.push('disabled');
  if (account.isLocked) keys.push('locked');
  if (account.mustChangePassword) keys.push('mustChangePassword');
  return keys.length ? keys : ['active'];
}

/**
 * One server-side page of accounts. The row menu offers what the viewer's duty allows: the
 * system admin disables and resets, the security admin assigns roles and scope and unlocks.
 */
@Component({
  selector: 'app-account-table',
  imports: [
    DatePipe,
    MatButtonModule,
    MatChipsModule,
    MatIconModule,
    MatMenuModule,
    MatPaginatorModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-table.html',
  styleUrl: './account-table.scss',
})
export class AccountTable {
  readonly rows = input.required<AccountSummary[]>();
  readonly matchCount = input.required<number>();
  readonly query = input.required<AccountQuery>();
  readonly viewerRoles = input.required<readonly Role[]>();

  readonly pageChange = output<{ page: number; pageSize: number }>();
  readonly act = output<{ action: AccountAction; account: AccountSummary }>();

  protected readonly columns = ACCOUNT_TABLE_COLUMNS;
  protected readonly pageSizeOptions = [...ACCOUNT_PAGE_SIZES];
  protected readonly isSystemAdmin = computed(() => this.viewerRoles().includes(Role.SystemAdmin));
  protected readonly isSecurityAdmin = computed(() =>
    this.viewerRoles().includes(Role.SecurityAdmin),
  );
  protected readonly statusKeys = accountStatusKeys;
  protected readonly trackById = (_index: number, row: AccountSummary) => row.id;

  protected onPage(event: PageEvent): void {
    this.pageChange.emit({ page: event.pageIndex + 1, pageSize: event.pageSize });
  }
}
