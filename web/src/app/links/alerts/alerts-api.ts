import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AlertCounts,
  AlertDetail,
  AlertPage,
  AlertRule,
  AlertRulePatch,
} from './alerts-api.types';
import { type AlertQuery, toAlertRequestParams } from './alert-query';

/** `/api/alerts` and `/api/alert-rules`. */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);

  list(query: AlertQuery): Observable<AlertPage> {
    return this.http.get<AlertPage>('/api/alerts', { params: toAlertRequestParams(query) });
  }

  counts(): Observable<AlertCounts> {
    return this.http.get<AlertCounts>('/api/alerts/counts');
  }

  get(id: number): Observable<AlertDetail> {
    return this.http.get<AlertDetail>(`/api/alerts/${id}`);
  }

  acknowledge(id: number, comment: string): Observable<AlertDetail> {
    return this.http.post<AlertDetail>(`/api/alerts/${id}/acknowledge`, { comment });
  }

  unacknowledge(id: number, comment: string): Observable<AlertDetail> {
    const body = comment.trim() ? { comment } : {};
    return this.http.post<AlertDetail>(`/api/alerts/${id}/unacknowledge`, body);
  }

  rules(): Observable<{ items: AlertRule[] }> {
    return this.http.get<{ items: AlertRule[] }>('/api/alert-rules');
  }

  updateRule(id: number, patch: AlertRulePatch): Observable<AlertRule> {
    return this.http.patch<AlertRule>(`/api/alert-rules/${id}`, patch);
  }
}
