import { TestBed } from '@angular/core/testing';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';
import type { Router } from '@angular/router';
import { NodeListPageActions, NodesApiActions } from './node-list.actions';
import { loadNodePage, reflectNodeQueryInUrl } from './node-list.effects';
import { nodeListFeature } from './node-list.feature';
import type { NodesApi } from './nodes-api';
import { DEFAULT_NODE_LIST_QUERY } from './nodes-api.types';
import { aNode } from './node-fixtures';

describe('node list effects', () => {
  let store: MockStore;
  let api: jasmine.SpyObj<NodesApi>;
  let actions$: Subject<unknown>;
  let seen: unknown[];
  const query = { ...DEFAULT_NODE_LIST_QUERY, q: '随州' };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({ selectors: [{ selector: nodeListFeature.selectQuery, value: query }] }),
      ],
    });
    store = TestBed.inject(MockStore);
    api = jasmine.createSpyObj<NodesApi>('NodesApi', ['list']);
    actions$ = new Subject();
    seen = [];
  });

  afterEach(() => store.resetSelectors());

  it('when the URL query changes or retry is clicked, then the page of the query is loaded', () => {
    const page = { items: [aNode()], total: 1, page: 1, pageSize: 25 };
    api.list.and.returnValue(of(page));
    loadNodePage(new Actions(actions$), store, api).subscribe((action) => seen.push(action));
    actions$.next(NodeListPageActions.urlQueryChanged({ query }));
    actions$.next(NodeListPageActions.retryClicked());
    expect(api.list).toHaveBeenCalledWith(query);
    expect(seen).toEqual([
      NodesApiActions.pageLoaded({ page }),
      NodesApiActions.pageLoaded({ page }),
    ]);
  });

  it('when the API fails, then the failure is reported with its status', () => {
    api.list.and.returnValue(throwError(() => new HttpErrorResponse({ status: 503 })));
    loadNodePage(new Actions(actions$), store, api).subscribe((action) => seen.push(action));
    actions$.next(NodeListPageActions.retryClicked());
    expect(seen).toEqual([
      NodesApiActions.pageLoadFailed({ error: jasmine.objectContaining({ status: 503 }) as never }),
    ]);
  });

  it('when the sort or a filter changes, then the URL changes, back to page 1', () => {
    const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
    reflectNodeQueryInUrl(new Actions(actions$), store, router).subscribe();
    actions$.next(NodeListPageActions.sortChanged({ sort: 'hostname', order: 'desc' }));
    actions$.next(
      NodeListPageActions.filtersChanged({ reachability: ['unreachable'], discovery: [] }),
    );
    actions$.next(NodeListPageActions.pageChanged({ page: 2, pageSize: 50 }));
    expect(router.navigate.calls.allArgs()).toEqual([
      [['/links/nodes'], { queryParams: { q: '随州', sort: 'hostname', order: 'desc' } }],
      [['/links/nodes'], { queryParams: { q: '随州', reachability: 'unreachable' } }],
      [['/links/nodes'], { queryParams: { q: '随州', page: '2', pageSize: '50' } }],
    ]);
  });
});
