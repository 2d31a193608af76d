import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import { TRAFFIC_RANGES, type TrafficRange, type UplinkTraffic } from '../links-api.types';
import { type TrafficChartLabels, buildTrafficChartOptions } from './traffic-chart-options';

/** In/out traffic per member with the contracted bandwidth, over a chosen window. */
@Component({
  selector: 'app-traffic-chart',
  imports: [MatButtonToggleModule, MatProgressBarModule, NgxEchartsDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="controls">
      <mat-button-toggle-group
        hideSingleSelectionIndicator
        data-testid="range-toggle"
        [attr.aria-label]="'links.traffic.range' | transloco"
        [value]="range()"
        (change)="rangeChange.emit($event.value)"
      >
        @for (option of ranges; track option) {
          <mat-button-toggle [value]="option" [attr.data-testid]="'range-' + option">
            {{ 'links.traffic.ranges.' + option | transloco }}
          </mat-button-toggle>
        }
      </mat-button-toggle-group>
      @if (range() === '1h') {
        <span class="muted live">{{ 'links.traffic.live' | transloco }}</span>
      }
    </div>
    <div class="progress-slot">
      @if (isLoading()) {
        <mat-progress-bar mode="indeterminate" />
      }
    </div>
    @if (options(); as options) {
      <div echarts class="chart" data-testid="traffic-chart" [options]="options"></div>
    } @else if (!isLoading()) {
      <p class="muted empty" data-testid="traffic-empty">
        {{ 'links.traffic.noData' | transloco }}
      </p>
    }
  `,
  styles: `
    .controls {
      display: flex;
      align-items: center;
      gap: 16px;
    }
    .progress-slot {
      height: 4px;
      margin: 8px 0;
    }
    .chart {
      height: 360px;
      width: 100%;
    }
    .empty {
      padding: 48px 0;
      text-align: center;
    }
  `,
})
export class TrafficChart {
  readonly traffic = input<UplinkTraffic | null>(null);
  readonly range = input.required<TrafficRange>();
  readonly isLoading = input(false);
  readonly rangeChange = output<TrafficRange>();

  protected readonly ranges = TRAFFIC_RANGES;
  private readonly labels = toSignal(
    inject(TranslocoService).selectTranslateObject<TrafficChartLabels>('links.traffic.series'),
  );

  protected readonly options = computed(() => {
    const traffic = this.traffic();
    const labels = this.labels();
    const hasPoints = traffic?.series.some((series) => series.points.length > 0) ?? false;
    return traffic && labels && hasPoints ? buildTrafficChartOptions(traffic, labels) : null;
  });
}
