import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { TextEncoding } from './node-choices';
import type { NodeDetail, NodeListQuery, NodePage } from './nodes-api.types';

/** `/api/nodes`: the list, one node with its interfaces, its text encoding, "discover now". */
@Injectable({ providedIn: 'root' })
export class NodesApi {
  private readonly http = inject(HttpClient);

  list(query: NodeListQuery): Observable<NodePage> {
    return this.http.get<NodePage>('/api/nodes', { params: toRequestParams(query) });
  }

  get(id: number): Observable<NodeDetail> {
    return this.http.get<NodeDetail>(`/api/nodes/${id}`);
  }

  setTextEncoding(id: number, textEncoding: TextEncoding): Observable<NodeDetail> {
    return this.http.patch<NodeDetail>(`/api/nodes/${id}`, { textEncoding });
  }

  discover(id: number): Observable<NodeDetail> {
    return this.http.post<NodeDetail>(`/api/nodes/${id}/discover`, {});
  }
}

/** Only what narrows the list is sent: the API rejects empty filters. */
export function toRequestParams(query: NodeListQuery): HttpParams {
  let params = new HttpParams()
    .set('sort', query.sort)
    .set('order', query.order)
    .set('page', query.page)
    .set('pageSize', query.pageSize);
  if (query.q.trim()) params = params.set('q', query.q.trim());
  if (query.reachability.length > 0)
    params = params.set('reachability', query.reachability.join(','));
  if (query.discovery.length > 0) params = params.set('discovery', query.discovery.join(','));
  return params;
}
