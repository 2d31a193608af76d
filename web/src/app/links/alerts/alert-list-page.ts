import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type OnDestroy,
  computed,
  inject,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { authFeature } from '../../auth/auth.feature';
import { AlertFilterBar } from './alert-filter-bar';
import type { AlertFilters, AlertSortKey } from './alert-query';
import { AlertTable } from './alert-table';
import type { AlertSummary } from './alerts-api.types';
import { AlertListPageActions } from './alerts.actions';
import { alertsFeature } from './alerts.feature';

/** 告警: open alerts first, live, with acknowledgement for those who may. */
@Component({
  selector: 'app-alert-list-page',
  imports: [
    AlertFilterBar,
    AlertTable,
    DatePipe,
    LoadErrorPanel,
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'alerts.title' | transloco }}</h1>
      <span class="spacer"></span>
      @if (canEditRules()) {
        <a mat-stroked-button routerLink="/links/alerts/rules" data-testid="alert-rules-link">{{
          'alerts.rules.title' | transloco
        }}</a>
      }
    </header>
    <app-alert-filter-bar [filters]="query()" (filtersChange)="onFilters($event)" />
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="store.dispatch(actions.retryClicked())" />
    }
    <app-alert-table
      [rows]="rows()"
      [matchCount]="matchCount() ?? 0"
      [query]="query()"
      [canAcknowledge]="canAcknowledge()"
      (sortChange)="onSort($event)"
      (pageChange)="store.dispatch(actions.pageChanged($event))"
      (open)="store.dispatch(actions.alertOpened({ id: $event }))"
      (acknowledge)="onAcknowledge($event)"
      (unacknowledge)="onUnacknowledge($event)"
    />
    @if (loadedAt(); as loadedAt) {
      <p class="muted">
        {{ 'links.updatedAt' | transloco: { time: (loadedAt | date: 'HH:mm:ss') } }}
      </p>
    }
  `,
  styles: `
    .page-header {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .spacer {
      flex: 1;
    }
    .progress-slot {
      height: 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AlertListPage implements OnDestroy {
  protected readonly store = inject(Store);
  protected readonly actions = AlertListPageActions;
  protected readonly rows = this.store.selectSignal(alertsFeature.selectPageRows);
  protected readonly matchCount = this.store.selectSignal(alertsFeature.selectMatchCount);
  protected readonly query = this.store.selectSignal(alertsFeature.selectQuery);
  protected readonly isLoading = this.store.selectSignal(alertsFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(alertsFeature.selectError);
  protected readonly loadedAt = this.store.selectSignal(alertsFeature.selectLoadedAt);
  private readonly roles = this.store.selectSignal(authFeature.selectRoles);
  /** The server checks again; this only hides buttons that would answer 403. */
  protected readonly canAcknowledge = computed(() =>
    this.roles().some((role) => role === 'network_operator' || role === 'system_admin'),
  );
  protected readonly canEditRules = computed(() => this.roles().includes('system_admin'));

  constructor() {
    this.store.dispatch(AlertListPageActions.opened());
  }

  ngOnDestroy(): void {
    this.store.dispatch(AlertListPageActions.closed());
  }

  protected onFilters(filters: AlertFilters): void {
    this.store.dispatch(AlertListPageActions.filtersChanged({ filters }));
  }

  protected onSort(sort: { sort: AlertSortKey; order: 'asc' | 'desc' }): void {
    this.store.dispatch(AlertListPageActions.sortChanged(sort));
  }

  protected onAcknowledge(alert: AlertSummary): void {
    this.store.dispatch(AlertListPageActions.acknowledgeClicked({ alert }));
  }

  protected onUnacknowledge(alert: AlertSummary): void {
    this.store.dispatch(AlertListPageActions.unacknowledgeClicked({ alert }));
  }
}
