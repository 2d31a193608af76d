import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { NgxEchartsDirective } from 'ngx-echarts';
import {
  TRAFFIC_RANGES,
  TRAFFIC_RESOLUTION_CHOICES,
  type TrafficRange,
  type TrafficResolutionChoice,
  type UplinkTraffic,
} from '../links-api.types';
import { type TrafficChartLabels, buildTrafficChartOptions } from './traffic-chart-options';

/**
 * In/out traffic per member with the contracted bandwidth, over a chosen range, read at the
 * resolution the server picks (or the one asked for; those it cannot serve are disabled).
 */
@Component({
  selector: 'app-traffic-chart',
  imports: [
    MatButtonToggleModule,
    MatProgressBarModule,
    MatTooltipModule,
    NgxEchartsDirective,
    TranslocoPipe,
  ],
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
      <mat-button-toggle-group
        hideSingleSelectionIndicator
        data-testid="resolution-toggle"
        [attr.aria-label]="'links.traffic.resolution' | transloco"
        [value]="resolution()"
        (change)="resolutionChange.emit($event.value)"
      >
        @for (option of resolutions; track option) {
          <mat-button-toggle
            [value]="option"
            [attr.data-testid]="'resolution-' + option"
            [disabled]="!isServable(option)"
            [matTooltip]="isServable(option) ? '' : ('links.traffic.notServable' | transloco)"
          >
            {{ 'links.traffic.resolutions.' + option | transloco }}
          </mat-button-toggle>
        }
      </mat-button-toggle-group>
      @if (traffic(); as traffic) {
        <span class="muted" data-testid="used-resolution">
          {{
            'links.traffic.usedResolution'
              | transloco
                : { resolution: ('links.traffic.resolutions.' + traffic.resolution | transloco) }
          }}
        </span>
      }
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
      flex-wrap: wrap;
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
  readonly resolution = input<TrafficResolutionChoice>('auto');
  readonly isLoading = input(false);
  readonly rangeChange = output<TrafficRange>();
  readonly resolutionChange = output<TrafficResolutionChoice>();

  protected readonly ranges = TRAFFIC_RANGES;
  protected readonly resolutions = TRAFFIC_RESOLUTION_CHOICES;
  private readonly labels = toSignal(
    inject(TranslocoService).selectTranslateObject<TrafficChartLabels>('links.traffic.series'),
  );

  /** Until an answer says otherwise, every choice is offered; 'auto' always is. */
  private readonly servable = computed(() => this.traffic()?.servableResolutions ?? null);

  protected isServable(option: TrafficResolutionChoice): boolean {
    const servable = this.servable();
    return option === 'auto' || servable === null || servable.includes(option);
  }

  protected readonly options = computed(() => {
    const traffic = this.traffic();
    const labels = this.labels();
    const hasPoints = traffic?.series.some((series) => series.points.length > 0) ?? false;
    return traffic && labels && hasPoints ? buildTrafficChartOptions(traffic, labels) : null;
  });
}
