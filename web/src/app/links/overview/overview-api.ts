import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { ProvinceOverview } from '../links-api.types';

/** `/api/overview`: uplink counts by state per level and per city. */
@Injectable({ providedIn: 'root' })
export class OverviewApi {
  private readonly http = inject(HttpClient);

  get(): Observable<ProvinceOverview> {
    return this.http.get<ProvinceOverview>('/api/overview');
  }
}
