import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { authFeature } from '../../auth/auth.feature';
import { Role } from '../../auth/roles';
import { AccountFilterBar } from './account-filter-bar';
import { type AccountAction, AccountTable } from './account-table';
import type { AccountSummary } from './accounts-api.types';
import { type AccountFilters, isSameAccountQuery, parseAccountQuery } from './accounts-query';
import { AccountListPageActions } from './accounts.actions';
import { accountsFeature } from './accounts.feature';

const ACTION_EVENTS = {
  disable: AccountListPageActions.disableClicked,
  enable: AccountListPageActions.enableClicked,
  resetPassword: AccountListPageActions.resetPasswordClicked,
  roles: AccountListPageActions.rolesClicked,
  scope: AccountListPageActions.scopeClicked,
  unlock: AccountListPageActions.unlockClicked,
  resetTotp: AccountListPageActions.resetTotpClicked,
} as const;

/** `/admin/accounts`: the accounts, searched and paged by the API, with the admins' changes. */
@Component({
  selector: 'app-account-list-page',
  imports: [
    AccountFilterBar,
    AccountTable,
    LoadErrorPanel,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'admin.accounts.title' | transloco }}</h1>
      <span class="meta" data-testid="account-count">
        {{ 'admin.accounts.count' | transloco: { count: matchCount() ?? 0 } }}
      </span>
      <span class="spacer"></span>
      @if (mayCreate()) {
        <button mat-flat-button type="button" data-testid="account-create" (click)="onCreate()">
          <mat-icon svgIcon="person_add" />
          {{ 'admin.accounts.create' | transloco }}
        </button>
      }
    </header>

    <app-account-filter-bar [query]="urlQuery()" (filtersChange)="onFiltersChange($event)" />

    <div class="progress-slot">
      @if (isLoading() || isSaving()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }

    <app-account-table
      [rows]="rows()"
      [matchCount]="matchCount() ?? 0"
      [query]="urlQuery()"
      [viewerRoles]="viewerRoles()"
      (pageChange)="onPageChange($event)"
      (act)="onAct($event)"
    />
  `,
  styles: `
    .spacer {
      flex: 1;
    }
    .progress-slot {
      height: 4px;
    }
  `,
})
export class AccountListPage {
  private readonly store = inject(Store);
  private readonly queryParams = toSignal(inject(ActivatedRoute).queryParams, {
    requireSync: true,
  });

  protected readonly urlQuery = computed(() => parseAccountQuery(this.queryParams()), {
    equal: isSameAccountQuery,
  });
  protected readonly rows = this.store.selectSignal(accountsFeature.selectPageRows);
  protected readonly matchCount = this.store.selectSignal(accountsFeature.selectMatchCount);
  protected readonly isLoading = this.store.selectSignal(accountsFeature.selectIsLoading);
  protected readonly isSaving = this.store.selectSignal(accountsFeature.selectIsSaving);
  protected readonly error = this.store.selectSignal(accountsFeature.selectError);
  protected readonly viewerRoles = this.store.selectSignal(authFeature.selectRoles);
  protected readonly mayCreate = computed(() => this.viewerRoles().includes(Role.SystemAdmin));

  constructor() {
    effect(() => {
      const query = this.urlQuery();
      untracked(() => this.store.dispatch(AccountListPageActions.urlQueryChanged({ query })));
    });
  }

  protected onFiltersChange(filters: AccountFilters): void {
    this.store.dispatch(AccountListPageActions.filtersChanged({ filters }));
  }

  protected onPageChange(change: { page: number; pageSize: number }): void {
    this.store.dispatch(AccountListPageActions.pageChanged(change));
  }

  protected onAct({ action, account }: { action: AccountAction; account: AccountSummary }): void {
    this.store.dispatch(ACTION_EVENTS[action]({ account }));
  }

  protected onCreate(): void {
    this.store.dispatch(AccountListPageActions.createClicked());
  }

  protected onRetry(): void {
    this.store.dispatch(AccountListPageActions.retryClicked());
  }
}
