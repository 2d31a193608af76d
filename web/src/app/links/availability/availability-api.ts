import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import {
  type AvailabilityPage,
  type AvailabilityQuery,
  type UplinkAvailability,
  toAvailabilityParams,
} from './availability-api.types';

@Injectable({ providedIn: 'root' })
export class AvailabilityApi {
  private readonly http = inject(HttpClient);

  list(query: AvailabilityQuery): Observable<AvailabilityPage> {
    return this.http.get<AvailabilityPage>('/api/availability', {
      params: toAvailabilityParams(query),
    });
  }

  forUplink(uplinkId: number, months = 6): Observable<UplinkAvailability> {
    return this.http.get<UplinkAvailability>(`/api/uplinks/${uplinkId}/availability`, {
      params: { months: String(months) },
    });
  }
}
