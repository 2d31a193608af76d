import { type EntityState, createEntityAdapter } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { ApiError } from '../../api-errors/api-error';
import type { AlertDetail, AlertSummary } from './alerts-api.types';
import { DEFAULT_ALERT_QUERY, type AlertQuery, withAlertFilters } from './alert-query';
import { AlertDialogActions, AlertListPageActions, AlertsApiActions } from './alerts.actions';

/** One server-side page of alerts (keep the API's order), and the alert open in the dialog. */
export interface AlertsState extends EntityState<AlertSummary> {
  query: AlertQuery;
  matchCount: number | null;
  isLoading: boolean;
  error: ApiError | null;
  loadedAt: string | null;
  detail: AlertDetail | null;
  isDetailLoading: boolean;
  isSaving: boolean;
  saveError: ApiError | null;
}

export const alertsAdapter = createEntityAdapter<AlertSummary>();

export const initialAlertsState: AlertsState = alertsAdapter.getInitialState({
  query: DEFAULT_ALERT_QUERY,
  matchCount: null,
  isLoading: false,
  error: null,
  loadedAt: null,
  detail: null,
  isDetailLoading: false,
  isSaving: false,
  saveError: null,
});

const loading = (state: AlertsState): AlertsState => ({ ...state, isLoading: true, error: null });

export const alertsFeature = createFeature({
  name: 'alerts',
  reducer: createReducer(
    initialAlertsState,
    on(AlertListPageActions.opened, AlertListPageActions.retryClicked, loading),
    on(AlertListPageActions.filtersChanged, (state, { filters }): AlertsState =>
      loading({ ...state, query: withAlertFilters(state.query, filters) }),
    ),
    on(AlertListPageActions.sortChanged, (state, { sort, order }): AlertsState =>
      loading({ ...state, query: { ...state.query, sort, order, page: 1 } }),
    ),
    on(AlertListPageActions.pageChanged, (state, { page, pageSize }): AlertsState =>
      loading({ ...state, query: { ...state.query, page, pageSize } }),
    ),
    on(AlertsApiActions.pageLoaded, (state, { page, loadedAt }): AlertsState =>
      alertsAdapter.setAll(page.items, {
        ...state,
        matchCount: page.total,
        isLoading: false,
        error: null,
        loadedAt,
      }),
    ),
    // A failed refresh keeps the rows on screen: stale data with an error beats an empty table.
    on(AlertsApiActions.pageLoadFailed, (state, { error }): AlertsState => ({
      ...state,
      isLoading: false,
      error,
    })),
    on(AlertListPageActions.alertOpened, (state): AlertsState => ({
      ...state,
      detail: null,
      isDetailLoading: true,
    })),
    on(AlertsApiActions.detailLoaded, (state, { alert }): AlertsState => ({
      ...state,
      detail: alert,
      isDetailLoading: false,
    })),
    on(AlertsApiActions.detailLoadFailed, (state): AlertsState => ({
      ...state,
      isDetailLoading: false,
    })),
    on(AlertDialogActions.detailClosed, (state): AlertsState => ({ ...state, detail: null })),
    on(
      AlertDialogActions.acknowledgeConfirmed,
      AlertDialogActions.unacknowledgeConfirmed,
      (state): AlertsState => ({ ...state, isSaving: true, saveError: null }),
    ),
    on(AlertsApiActions.acknowledgementSaved, (state, { alert }): AlertsState => {
      const { events: _events, ...summary } = alert;
      return alertsAdapter.upsertOne(summary, {
        ...state,
        isSaving: false,
        detail: state.detail?.id === alert.id ? alert : state.detail,
      });
    }),
    on(AlertsApiActions.acknowledgementFailed, (state, { error }): AlertsState => ({
      ...state,
      isSaving: false,
      saveError: error,
    })),
  ),
  extraSelectors: ({ selectAlertsState, selectQuery }) => {
    const { selectAll } = alertsAdapter.getSelectors(selectAlertsState);
    return {
      selectPageRows: selectAll,
      /** MatPaginator counts pages from 0, the API from 1. */
      selectPageIndex: createSelector(selectQuery, (query) => query.page - 1),
    };
  },
});
