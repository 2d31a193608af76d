import { AlertDialogActions, AlertListPageActions, AlertsApiActions } from './alerts.actions';
import { alertsFeature, initialAlertsState } from './alerts.feature';
import { anAlert, anAlertDetail } from './testing/alert-fixtures';

const { reducer } = alertsFeature;

describe('alerts feature', () => {
  it('when filters change, then the query goes back to page 1 and a load starts', () => {
    const onPage3 = { ...initialAlertsState, query: { ...initialAlertsState.query, page: 3 } };
    const state = reducer(
      onPage3,
      AlertListPageActions.filtersChanged({
        filters: {
          statuses: ['cleared'],
          severities: ['critical'],
          kinds: [],
          acknowledged: false,
          q: '随州',
        },
      }),
    );
    expect(state.query).toEqual(
      jasmine.objectContaining({ page: 1, statuses: ['cleared'], q: '随州', acknowledged: false }),
    );
    expect(state.isLoading).toBeTrue();
  });

  it('when a page loads, then its rows keep the API order and the total is kept', () => {
    const state = reducer(
      initialAlertsState,
      AlertsApiActions.pageLoaded({
        page: { items: [anAlert({ id: 9 }), anAlert({ id: 2 })], total: 40, page: 1, pageSize: 25 },
        loadedAt: '2026-11-23T08:00:00Z',
      }),
    );
    expect(alertsFeature.selectPageRows.projector(state).map((row) => row.id)).toEqual([9, 2]);
    expect(state.matchCount).toBe(40);
  });

  it('when a refresh fails, then the rows stay on screen with the error', () => {
    const loaded = reducer(
      initialAlertsState,
      AlertsApiActions.pageLoaded({
        page: { items: [anAlert()], total: 1, page: 1, pageSize: 25 },
        loadedAt: 'x',
      }),
    );
    const failed = reducer(
      loaded,
      AlertsApiActions.pageLoadFailed({ error: { status: 0, code: 'network', message: 'down' } }),
    );
    expect(failed.ids.length).toBe(1);
    expect(failed.error?.code).toBe('network');
  });

  it('when an acknowledgement is saved, then the row and the open detail show it', () => {
    const acknowledgement = { at: '2026-11-23T08:01:00Z', by: 'zhangwei', comment: '处理中' };
    const withDetail = reducer(
      reducer(
        initialAlertsState,
        AlertsApiActions.pageLoaded({
          page: { items: [anAlert()], total: 1, page: 1, pageSize: 25 },
          loadedAt: 'x',
        }),
      ),
      AlertsApiActions.detailLoaded({ alert: anAlertDetail() }),
    );
    const saving = reducer(
      withDetail,
      AlertDialogActions.acknowledgeConfirmed({ id: 1, comment: '处理中' }),
    );
    expect(saving.isSaving).toBeTrue();
    const saved = reducer(
      saving,
      AlertsApiActions.acknowledgementSaved({ alert: anAlertDetail({ acknowledgement }) }),
    );
    expect(saved.entities[1]?.acknowledgement).toEqual(acknowledgement);
    expect(saved.detail?.acknowledgement).toEqual(acknowledgement);
    expect(saved.isSaving).toBeFalse();
  });
});
