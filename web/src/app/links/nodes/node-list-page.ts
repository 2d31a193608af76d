import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import {
  DISCOVERY_STATUSES,
  NODE_REACHABILITIES,
  type DiscoveryStatus,
  type NodeReachability,
  type NodeSortKey,
} from './node-choices';
import { isSameNodeListQuery, parseNodeListQuery } from './node-list-query';
import { NodeListPageActions } from './node-list.actions';
import { nodeListFeature } from './node-list.feature';
import { NodeTable } from './node-table';

/**
 * `/links/nodes`: every node in the account's scope, searched, filtered, sorted and paged by the
 * API; the query lives in the URL.
 */
@Component({
  selector: 'app-node-list-page',
  imports: [
    LoadErrorPanel,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    NodeTable,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <h1>{{ 'nodes.title' | transloco }}</h1>
      <span class="meta" data-testid="node-count">
        {{ 'nodes.count' | transloco: { count: matchCount() ?? 0 } }}
      </span>
    </header>

    <div class="filters">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'nodes.search' | transloco }}</mat-label>
        <input
          matInput
          data-testid="node-search"
          [value]="query().q"
          (keyup.enter)="onSearch($any($event.target).value)"
          (blur)="onSearch($any($event.target).value)"
        />
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'nodes.reachability' | transloco }}</mat-label>
        <mat-select
          multiple
          data-testid="reachability-filter"
          [value]="query().reachability"
          (selectionChange)="onFilters($event.value, query().discovery)"
        >
          @for (value of reachabilities; track value) {
            <mat-option [value]="value">{{
              'nodes.reachabilityValue.' + value | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'nodes.discovery.title' | transloco }}</mat-label>
        <mat-select
          multiple
          data-testid="discovery-filter"
          [value]="query().discovery"
          (selectionChange)="onFilters(query().reachability, $event.value)"
        >
          @for (value of discoveryStatuses; track value) {
            <mat-option [value]="value">{{
              'nodes.discovery.status.' + value | transloco
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>

    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" data-testid="loading-bar" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="onRetry()" />
    }

    <app-node-table
      [rows]="rows()"
      [matchCount]="matchCount() ?? 0"
      [query]="query()"
      (sortChange)="onSort($event)"
      (pageChange)="onPage($event)"
    />
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 8px;
    }
    .progress-slot {
      height: 4px;
    }
  `,
})
export class NodeListPage {
  private readonly store = inject(Store);

  protected readonly rows = this.store.selectSignal(nodeListFeature.selectPageRows);
  protected readonly matchCount = this.store.selectSignal(nodeListFeature.selectMatchCount);
  private readonly queryParams = toSignal(inject(ActivatedRoute).queryParams, {
    requireSync: true,
  });
  protected readonly query = computed(() => parseNodeListQuery(this.queryParams()), {
    equal: isSameNodeListQuery,
  });
  protected readonly isLoading = this.store.selectSignal(nodeListFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(nodeListFeature.selectError);
  protected readonly reachabilities = NODE_REACHABILITIES;
  protected readonly discoveryStatuses = DISCOVERY_STATUSES;

  constructor() {
    // The URL is the source of the query: report it now and whenever it changes.
    effect(() => {
      const query = this.query();
      untracked(() => this.store.dispatch(NodeListPageActions.urlQueryChanged({ query })));
    });
  }

  protected onSearch(q: string): void {
    if (q.trim() !== this.query().q.trim()) {
      this.store.dispatch(NodeListPageActions.searchChanged({ q: q.trim() }));
    }
  }

  protected onFilters(reachability: NodeReachability[], discovery: DiscoveryStatus[]): void {
    this.store.dispatch(NodeListPageActions.filtersChanged({ reachability, discovery }));
  }

  protected onSort(change: { sort: NodeSortKey; order: 'asc' | 'desc' }): void {
    this.store.dispatch(NodeListPageActions.sortChanged(change));
  }

  protected onPage(change: { page: number; pageSize: number }): void {
    this.store.dispatch(NodeListPageActions.pageChanged(change));
  }

  protected onRetry(): void {
    this.store.dispatch(NodeListPageActions.retryClicked());
  }
}
