import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { ECElementEvent } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { catchError, map, of, startWith } from 'rxjs';
import type { CityOverview } from '../links-api.types';
import {
  type CityRegionDatum,
  type HubeiMapLabels,
  buildHubeiMapOptions,
} from './hubei-map-options';
import { HubeiMapLoader } from './hubei-map-loader';
import { mapRegionsOf } from './hubei-map-regions';

type MapLoad =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; regions: ReturnType<typeof mapRegionsOf> };

/** Hubei coloured by each city's compliance ratio; a click on a city reports its code. */
@Component({
  selector: 'app-hubei-map',
  imports: [MatProgressBarModule, NgxEchartsDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (mapLoad().status) {
      @case ('loading') {
        <mat-progress-bar mode="indeterminate" />
      }
      @case ('failed') {
        <p class="muted" data-testid="map-unavailable">
          {{ 'links.overview.mapUnavailable' | transloco }}
        </p>
      }
      @case ('ready') {
        @if (options(); as options) {
          <div
            echarts
            class="map"
            data-testid="hubei-map"
            [options]="options"
            (chartClick)="onChartClick($event)"
          ></div>
        }
      }
    }
    <p class="notice muted">{{ 'links.overview.mapNotice' | transloco }}</p>
  `,
  styles: `
    .map {
      height: 420px;
      width: 100%;
    }
    .notice {
      font-size: 0.75rem;
      margin: 4px 0 0;
    }
  `,
})
export class HubeiMap {
  readonly cities = input.required<CityOverview[]>();
  /** Code of the city-level unit clicked on the map. */
  readonly citySelected = output<string>();

  protected readonly mapLoad = toSignal(
    inject(HubeiMapLoader)
      .load()
      .pipe(
        map((geo): MapLoad => ({ status: 'ready', regions: mapRegionsOf(geo) })),
        catchError(() => of<MapLoad>({ status: 'failed' })),
        startWith<MapLoad>({ status: 'loading' }),
      ),
    { requireSync: true },
  );
  private readonly labels = toSignal(
    inject(TranslocoService).selectTranslateObject<HubeiMapLabels>('links.overview.map'),
  );

  protected readonly options = computed(() => {
    const load = this.mapLoad();
    const labels = this.labels();
    return load.status === 'ready' && labels
      ? buildHubeiMapOptions(this.cities(), load.regions, labels)
      : null;
  });

  protected onChartClick(event: ECElementEvent): void {
    const datum = event.data as CityRegionDatum | undefined;
    if (datum?.code) {
      this.citySelected.emit(datum.code);
    }
  }
}
