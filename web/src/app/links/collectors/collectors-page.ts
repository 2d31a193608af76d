import { DatePipe, DecimalPipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  type OnDestroy,
  computed,
  inject,
} from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { NgxEchartsDirective } from 'ngx-echarts';
import { LoadErrorPanel } from '../../api-errors/load-error-panel';
import { CollectorsPageActions } from './collectors.actions';
import { collectorsFeature } from './collectors.feature';
import { buildCycleChartOptions } from './cycle-chart-options';

/** 采集器状态: every collector process, its poll groups' last cycles, and recent cycle times. */
@Component({
  selector: 'app-collectors-page',
  imports: [
    DatePipe,
    DecimalPipe,
    LoadErrorPanel,
    MatCardModule,
    MatProgressBarModule,
    MatTableModule,
    NgxEchartsDirective,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'collectors.title' | transloco }}</h1>
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (error(); as error) {
      <app-load-error-panel [error]="error" (retry)="store.dispatch(actions.retryClicked())" />
    }
    <table mat-table [dataSource]="collectors()" data-testid="collectors-table">
      <ng-container matColumnDef="id">
        <th mat-header-cell *matHeaderCellDef>{{ 'collectors.id' | transloco }}</th>
        <td mat-cell *matCellDef="let row">
          {{ row.id }}
          @if (row.isCoordinator) {
            <span class="tag">{{ 'collectors.coordinator' | transloco }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="host">
        <th mat-header-cell *matHeaderCellDef>{{ 'collectors.host' | transloco }}</th>
        <td mat-cell *matCellDef="let row">
          {{ row.hostname }} · {{ row.pid }} · v{{ row.version }}
        </td>
      </ng-container>
      <ng-container matColumnDef="heartbeat">
        <th mat-header-cell *matHeaderCellDef>{{ 'collectors.heartbeat' | transloco }}</th>
        <td mat-cell *matCellDef="let row" [class.alarm]="row.isStale" data-testid="heartbeat-cell">
          @if (row.stoppedAt) {
            {{ 'collectors.stopped' | transloco }} {{ row.stoppedAt | date: 'MM-dd HH:mm:ss' }}
          } @else {
            {{
              'collectors.secondsAgo'
                | transloco: { seconds: (row.heartbeatAgeSeconds | number: '1.0-0') }
            }}
            @if (row.isStale) {
              · {{ 'collectors.stale' | transloco }}
            }
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="nodes">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'collectors.nodes' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="numeric">{{ row.nodesAssigned }}</td>
      </ng-container>
      <ng-container matColumnDef="partitions">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'collectors.partitions' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="numeric">{{ row.partitionsHeld }}</td>
      </ng-container>
      <ng-container matColumnDef="buffer">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'collectors.buffer' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="numeric" [class.alarm]="row.droppedSamples > 0">
          {{ row.bufferedSamples }} / {{ row.droppedSamples }}
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="collectorColumns"></tr>
      <tr
        mat-row
        *matRowDef="let row; columns: collectorColumns"
        [class.stale-row]="row.isStale"
      ></tr>
      <tr class="mat-row" *matNoDataRow>
        <td class="mat-cell empty" [attr.colspan]="collectorColumns.length">
          {{ 'collectors.none' | transloco }}
        </td>
      </tr>
    </table>

    <h2>{{ 'collectors.pollGroups' | transloco }}</h2>
    <table mat-table [dataSource]="groupRows()" data-testid="poll-groups-table">
      <ng-container matColumnDef="collector">
        <th mat-header-cell *matHeaderCellDef>{{ 'collectors.id' | transloco }}</th>
        <td mat-cell *matCellDef="let row">{{ row.collectorId }}</td>
      </ng-container>
      <ng-container matColumnDef="group">
        <th mat-header-cell *matHeaderCellDef>{{ 'collectors.group' | transloco }}</th>
        <td mat-cell *matCellDef="let row">{{ row.name }} ({{ row.nodes }})</td>
      </ng-container>
      <ng-container matColumnDef="duration">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'collectors.durationVsInterval' | transloco }}
        </th>
        <td
          mat-cell
          *matCellDef="let row"
          class="numeric"
          [class.alarm]="row.lastCycle?.isOverrun"
          data-testid="cycle-duration"
        >
          @if (row.lastCycle; as cycle) {
            {{ cycle.durationMs / 1000 | number: '1.1-1' }} s / {{ row.intervalSeconds }} s
            @if (cycle.isOverrun) {
              · {{ 'collectors.overrun' | transloco }}
              {{ cycle.overrunMs / 1000 | number: '1.1-1' }} s
            }
          } @else {
            —
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="polled">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'collectors.polledFailed' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="numeric">
          {{ row.lastCycle?.nodesPolled ?? '—' }} / {{ row.lastCycle?.nodesFailed ?? '—' }}
        </td>
      </ng-container>
      <ng-container matColumnDef="skipped">
        <th mat-header-cell *matHeaderCellDef class="numeric">
          {{ 'collectors.skipped' | transloco }}
        </th>
        <td mat-cell *matCellDef="let row" class="numeric">{{ row.skippedTicks }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="groupColumns"></tr>
      <tr mat-row *matRowDef="let row; columns: groupColumns"></tr>
    </table>

    <mat-card appearance="outlined" class="chart-card">
      <mat-card-header
        ><mat-card-title>{{
          'collectors.recentCycles' | transloco
        }}</mat-card-title></mat-card-header
      >
      <mat-card-content>
        <div echarts class="chart" [options]="chartOptions()" data-testid="cycle-chart"></div>
      </mat-card-content>
    </mat-card>
    <p class="muted" data-testid="metrics-info">
      @if (metricsUrl(); as url) {
        {{ 'collectors.metrics' | transloco: { url } }}
      } @else {
        {{ 'collectors.metricsOff' | transloco }}
      }
    </p>
  `,
  styles: `
    .progress-slot {
      height: 4px;
    }
    .numeric {
      text-align: right;
    }
    .alarm {
      color: #b3261e;
      font-weight: 600;
    }
    .stale-row {
      background: rgba(179, 38, 30, 0.06);
    }
    .tag {
      margin-left: 6px;
      font-size: 12px;
      padding: 0 6px;
      border-radius: 8px;
      background: #e8f0fe;
    }
    .chart {
      height: 320px;
    }
    .chart-card {
      margin-top: 16px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      padding: 24px;
      text-align: center;
    }
  `,
})
export class CollectorsPage implements OnDestroy {
  protected readonly store = inject(Store);
  private readonly transloco = inject(TranslocoService);
  protected readonly actions = CollectorsPageActions;
  protected readonly collectorColumns = [
    'id',
    'host',
    'heartbeat',
    'nodes',
    'partitions',
    'buffer',
  ];
  protected readonly groupColumns = ['collector', 'group', 'duration', 'polled', 'skipped'];
  protected readonly collectors = this.store.selectSignal(collectorsFeature.selectCollectors);
  protected readonly groupRows = this.store.selectSignal(collectorsFeature.selectPollGroupRows);
  private readonly recentCycles = this.store.selectSignal(collectorsFeature.selectRecentCycles);
  protected readonly metricsUrl = this.store.selectSignal(collectorsFeature.selectMetricsUrl);
  protected readonly isLoading = this.store.selectSignal(collectorsFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(collectorsFeature.selectError);
  protected readonly chartOptions = computed(() =>
    buildCycleChartOptions(this.recentCycles(), {
      duration: this.transloco.translate('collectors.durationSeconds'),
      interval: this.transloco.translate('collectors.interval'),
    }),
  );

  constructor() {
    this.store.dispatch(CollectorsPageActions.opened());
  }

  ngOnDestroy(): void {
    this.store.dispatch(CollectorsPageActions.closed());
  }
}
