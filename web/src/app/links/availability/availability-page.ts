import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, type PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import {
  AVAILABILITY_LEVELS,
  AVAILABILITY_SORT_KEYS,
  type AvailabilityLevel,
  type AvailabilitySortKey,
  formatAvailability,
} from './availability-api.types';
import { buildAvailabilityChartOptions } from './availability-chart-options';
import { AvailabilityPageActions } from './availability.actions';
import { availabilityFeature } from './availability.feature';

/** 月度可用率: units at a level, each over the uplinks of its subtree, worst first. */
@Component({
  selector: 'app-availability-page',
  imports: [
    FormsModule,
    LoadErrorPanel,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    NgxEchartsDirective,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'availability.title' | transloco }}</h1>
    <p class="muted">{{ 'availability.definition' | transloco }}</p>
    <div class="filters">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'availability.month' | transloco }}</mat-label>
        <input
          matInput
          type="month"
          data-testid="availability-month"
          [ngModel]="month()"
          (ngModelChange)="change({ month: $event || null })"
        />
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'links.uplink.level' | transloco }}</mat-label>
        <mat-select
          [ngModel]="query().level"
          (ngModelChange)="change({ level: $event })"
          data-testid="availability-level"
        >
          @for (level of levels; track level) {
            <mat-option [value]="level">{{ 'links.level.' + level | transloco }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ 'alerts.filters.search' | transloco }}</mat-label>
        <input
          matInput
          maxlength="64"
          [ngModel]="query().q"
          (keyup.enter)="change({ q: $any($event.target).value })"
        />
      </mat-form-field>
      @if (overall(); as overall) {
        <span class="overall" data-testid="availability-overall">
          {{
            'availability.overall'
              | transloco: { value: format(overall.availability), uplinks: overall.uplinks }
          }}
        </span>
      }
    </div>
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="store.dispatch(actions.retryClicked())" />
    }
    <div class="layout">
      <div class="table-wrap">
        <table
          mat-table
          matSort
          matSortDisableClear
          [dataSource]="rows()"
          [matSortActive]="query().sort"
          [matSortDirection]="query().order"
          (matSortChange)="onSort($event)"
          data-testid="availability-table"
        >
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef mat-sort-header="name">
              {{ 'availability.unit' | transloco }}
            </th>
            <td mat-cell *matCellDef="let row">
              @if (row.ownUplinkId) {
                <a [routerLink]="['/links/uplinks', row.ownUplinkId]">{{ row.unit.name }}</a>
              } @else {
                {{ row.unit.name }}
              }
              <div class="muted code">{{ row.unit.code }}</div>
            </td>
          </ng-container>
          <ng-container matColumnDef="uplinks">
            <th mat-header-cell *matHeaderCellDef mat-sort-header="uplinks" class="numeric">
              {{ 'availability.uplinks' | transloco }}
            </th>
            <td mat-cell *matCellDef="let row" class="numeric">{{ row.uplinks }}</td>
          </ng-container>
          <ng-container matColumnDef="availability">
            <th mat-header-cell *matHeaderCellDef mat-sort-header="availability" class="numeric">
              {{ 'availability.availability' | transloco }}
            </th>
            <td mat-cell *matCellDef="let row" class="numeric" data-testid="availability-value">
              {{ format(row.availability) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="downSeconds">
            <th mat-header-cell *matHeaderCellDef mat-sort-header="downSeconds" class="numeric">
              {{ 'availability.downHours' | transloco }}
            </th>
            <td mat-cell *matCellDef="let row" class="numeric">
              {{ (row.downSeconds / 3600).toFixed(2) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="unknownSeconds">
            <th mat-header-cell *matHeaderCellDef class="numeric">
              {{ 'availability.unknownHours' | transloco }}
            </th>
            <td mat-cell *matCellDef="let row" class="numeric">
              {{ (row.unknownSeconds / 3600).toFixed(1) }}
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns"></tr>
        </table>
        <mat-paginator
          [length]="matchCount() ?? 0"
          [pageIndex]="pageIndex()"
          [pageSize]="query().pageSize"
          [pageSizeOptions]="[25, 50, 100]"
          (page)="onPage($event)"
        />
      </div>
      <mat-card appearance="outlined" class="chart-card">
        <mat-card-content>
          <div
            echarts
            class="chart"
            [options]="chartOptions()"
            data-testid="availability-chart"
          ></div>
        </mat-card-content>
      </mat-card>
    </div>
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 12px;
      align-items: baseline;
    }
    .overall {
      font-weight: 600;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .code {
      font-size: 12px;
    }
    .numeric {
      text-align: right;
    }
    .progress-slot {
      height: 4px;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      gap: 16px;
    }
    .chart {
      height: 480px;
    }
    @media (max-width: 1100px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
  `,
})
export class AvailabilityPage {
  protected readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  protected readonly actions = AvailabilityPageActions;
  protected readonly levels = AVAILABILITY_LEVELS;
  protected readonly columns = ['name', 'uplinks', 'availability', 'downSeconds', 'unknownSeconds'];
  protected readonly rows = this.store.selectSignal(availabilityFeature.selectRows);
  protected readonly query = this.store.selectSignal(availabilityFeature.selectQuery);
  protected readonly month = this.store.selectSignal(availabilityFeature.selectMonth);
  protected readonly overall = this.store.selectSignal(availabilityFeature.selectOverall);
  protected readonly matchCount = this.store.selectSignal(availabilityFeature.selectMatchCount);
  protected readonly pageIndex = this.store.selectSignal(availabilityFeature.selectPageIndex);
  protected readonly isLoading = this.store.selectSignal(availabilityFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(availabilityFeature.selectError);
  protected readonly chartOptions = computed(() =>
    buildAvailabilityChartOptions(this.rows(), {
      availability: this.transloco.translate('availability.availability'),
    }),
  );
  protected readonly format = formatAvailability;

  constructor() {
    this.store.dispatch(AvailabilityPageActions.opened());
  }

  protected change(changes: {
    month?: string | null;
    level?: AvailabilityLevel;
    q?: string;
  }): void {
    this.store.dispatch(AvailabilityPageActions.queryChanged({ changes }));
  }

  protected onSort(sort: Sort): void {
    if (!(AVAILABILITY_SORT_KEYS as readonly string[]).includes(sort.active) || !sort.direction)
      return;
    this.store.dispatch(
      AvailabilityPageActions.queryChanged({
        changes: { sort: sort.active as AvailabilitySortKey, order: sort.direction },
      }),
    );
  }

  protected onPage(event: PageEvent): void {
    this.store.dispatch(
      AvailabilityPageActions.queryChanged({
        changes: { page: event.pageIndex + 1, pageSize: event.pageSize },
      }),
    );
  }
}
