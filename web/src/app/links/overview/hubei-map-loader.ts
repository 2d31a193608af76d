import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { registerMap } from 'echarts/core';
import { type Observable, shareReplay, tap } from 'rxjs';
import type { HubeiGeoJson } from './hubei-map-regions';

export const HUBEI_MAP_NAME = 'hubei';

/**
 * Fetches the vendored Hubei GeoJSON once per session and registers it with ECharts. The map is
 * a placeholder until an approved map (审图号) is supplied; see assets/maps/NOTICE.md.
 */
@Injectable({ providedIn: 'root' })
export class HubeiMapLoader {
  private readonly http = inject(HttpClient);
  private geo$: Observable<HubeiGeoJson> | null = null;

  load(): Observable<HubeiGeoJson> {
    this.geo$ ??= this.http.get<HubeiGeoJson>('assets/maps/hubei.json').pipe(
      // ECharts' typings want its own GeoJSON type; the file is a plain FeatureCollection.
      tap((geo) =>
        registerMap(HUBEI_MAP_NAME, geo as unknown as Parameters<typeof registerMap>[1]),
      ),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.geo$;
  }
}
