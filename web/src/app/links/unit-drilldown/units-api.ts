import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { UnitDetail } from '../links-api.types';

/** `/api/units/:code`: a unit with its path from the province and its children. */
@Injectable({ providedIn: 'root' })
export class UnitsApi {
  private readonly http = inject(HttpClient);

  get(code: string): Observable<UnitDetail> {
    return this.http.get<UnitDetail>(`/api/units/${encodeURIComponent(code)}`);
  }
}
