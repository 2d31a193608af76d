import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { LIVE_REFRESH_INTERVAL_MS } from '../live-refresh';
import { UplinkFilterBar } from './uplink-filter-bar';
import {
  type SortOrder,
  type UplinkFilters,
  type UplinkSortKey,
  isSameUplinkQuery,
  parseUplinkQuery,
} from './uplink-query';
import { UplinkTable } from './uplink-table';
import { UplinkListPageActions } from './uplinks.actions';
import { uplinksFeature } from './uplinks.feature';

/** `/links/uplinks`: every uplink, filtered, sorted and paged by the API, refreshed live. */
@Component({
  selector: 'app-uplink-list-page',
  imports: [
    DatePipe,
    LoadErrorPanel,
    MatProgressBarModule,
    TranslocoPipe,
    UplinkFilterBar,
    UplinkTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'links.uplinks.title' | transloco }}</h1>
      <span class="meta" data-testid="uplink-count">
        {{ 'links.uplinks.count' | transloco: { count: matchCount() ?? 0 } }}
      </span>
      @if (loadedAt(); as loadedAt) {
        <span class="meta">
          · {{ 'links.updatedAt' | transloco: { time: (loadedAt | date: 'HH:mm:ss') } }} ·
          {{ 'links.liveEvery' | transloco: { seconds: refreshSeconds } }}
        </span>
      }
    </header>

    <app-uplink-filter-bar
      [query]="urlQuery()"
      [cityOptions]="cityOptions()"
      (filtersChange)="onFiltersChange($event)"
    />

    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" data-testid="loading-bar" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }

    <app-uplink-table
      [rows]="rows()"
      [matchCount]="matchCount() ?? 0"
      [query]="urlQuery()"
      (sortChange)="onSortChange($event)"
      (pageChange)="onPageChange($event)"
    />
  `,
  styles: `
    .progress-slot {
      height: 4px;
    }
  `,
})
export class UplinkListPage {
  private readonly store = inject(Store);
  private readonly queryParams = toSignal(inject(ActivatedRoute).queryParams, {
    requireSync: true,
  });

  protected readonly urlQuery = computed(() => parseUplinkQuery(this.queryParams()), {
    equal: isSameUplinkQuery,
  });
  protected readonly rows = this.store.selectSignal(uplinksFeature.selectPageRows);
  protected readonly matchCount = this.store.selectSignal(uplinksFeature.selectMatchCount);
  protected readonly isLoading = this.store.selectSignal(uplinksFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(uplinksFeature.selectError);
  protected readonly loadedAt = this.store.selectSignal(uplinksFeature.selectLoadedAt);
  protected readonly cityOptions = this.store.selectSignal(uplinksFeature.selectCityOptions);
  protected readonly refreshSeconds = LIVE_REFRESH_INTERVAL_MS / 1000;

  constructor() {
    // The URL is the source of the query: report it now and whenever it changes.
    effect(() => {
      const query = this.urlQuery();
      untracked(() => this.store.dispatch(UplinkListPageActions.urlQueryChanged({ query })));
    });
    inject(DestroyRef).onDestroy(() => this.store.dispatch(UplinkListPageActions.closed()));
  }

  protected onFiltersChange(filters: UplinkFilters): void {
    this.store.dispatch(UplinkListPageActions.filtersChanged({ filters }));
  }

  protected onSortChange(change: { sort: UplinkSortKey | null; order: SortOrder }): void {
    this.store.dispatch(UplinkListPageActions.sortChanged(change));
  }

  protected onPageChange(change: { page: number; pageSize: number }): void {
    this.store.dispatch(UplinkListPageActions.pageChanged(change));
  }

  protected onRetry(): void {
    this.store.dispatch(UplinkListPageActions.retryClicked());
  }
}
