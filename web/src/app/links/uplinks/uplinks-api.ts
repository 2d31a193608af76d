import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  TrafficRange,
  TrafficResolutionChoice,
  UplinkDetail,
  UplinkPage,
  UplinkTraffic,
} from '../links-api.types';
import { type UplinkQuery, toUplinkRequestParams } from './uplink-query';

/** `/api/uplinks`: the list, one uplink with its members, and its traffic. */
@Injectable({ providedIn: 'root' })
export class UplinksApi {
  private readonly http = inject(HttpClient);

  list(query: UplinkQuery): Observable<UplinkPage> {
    return this.http.get<UplinkPage>('/api/uplinks', { params: toUplinkRequestParams(query) });
  }

  get(id: number): Observable<UplinkDetail> {
    return this.http.get<UplinkDetail>(`/api/uplinks/${id}`);
  }

  traffic(
    id: number,
    range: TrafficRange,
    resolution: TrafficResolutionChoice = 'auto',
  ): Observable<UplinkTraffic> {
    return this.http.get<UplinkTraffic>(`/api/uplinks/${id}/traffic`, {
      params: { range, resolution },
    });
  }
}
