import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Actions } from '@ngrx/effects';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Subject, of, throwError } from 'rxjs';
import type { AlertDialogs } from './alert-dialogs';
import { DEFAULT_ALERT_QUERY } from './alert-query';
import type { AlertsApi } from './alerts-api';
import { AlertDialogActions, AlertListPageActions, AlertsApiActions } from './alerts.actions';
import { askForAcknowledgement, loadAlertPage, saveAcknowledgement } from './alerts.effects';
import { alertsFeature } from './alerts.feature';
import { anAlert, anAlertDetail } from './testing/alert-fixtures';

describe('alerts effects', () => {
  let store: MockStore;
  let actions$: Subject<unknown>;
  let dialogs: jasmine.SpyObj<AlertDialogs>;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideMockStore({
          selectors: [{ selector: alertsFeature.selectQuery, value: DEFAULT_ALERT_QUERY }],
        }),
      ],
    });
    store = TestBed.inject(MockStore);
    actions$ = new Subject();
    dialogs = jasmine.createSpyObj<AlertDialogs>('AlertDialogs', [
      'askComment',
      'announceSaved',
      'announceFailure',
      'openDetail',
    ]);
  });

  afterEach(() => store.resetSelectors());

  it('when the page opens, then the current query is loaded', () => {
    const page = { items: [anAlert()], total: 1, page: 1, pageSize: 25 };
    const api = jasmine.createSpyObj<AlertsApi>('AlertsApi', { list: of(page) });
    const emitted: unknown[] = [];
    TestBed.runInInjectionContext(() =>
      loadAlertPage(new Actions(actions$), store, api).subscribe((action) => emitted.push(action)),
    );
    actions$.next(AlertListPageActions.opened());
    expect(api.list).toHaveBeenCalledWith(DEFAULT_ALERT_QUERY);
    expect((emitted[0] as { type: string }).type).toBe(AlertsApiActions.pageLoaded.type);
  });

  it('when acknowledge is clicked and a comment given, then it is confirmed; a cancel does nothing', () => {
    const alert = anAlert({ id: 5 });
    dialogs.askComment.and.returnValues(of('已派单'), of(null));
    const emitted: unknown[] = [];
    TestBed.runInInjectionContext(() =>
      askForAcknowledgement(new Actions(actions$), dialogs).subscribe((action) =>
        emitted.push(action),
      ),
    );
    actions$.next(AlertListPageActions.acknowledgeClicked({ alert }));
    actions$.next(AlertListPageActions.acknowledgeClicked({ alert }));
    expect(emitted).toEqual([
      AlertDialogActions.acknowledgeConfirmed({ id: 5, comment: '已派单' }),
    ]);
    expect(dialogs.askComment).toHaveBeenCalledWith(alert, true);
  });

  it('when the API refuses an acknowledgement with 409, then the failure is announced and stored', () => {
    const api = jasmine.createSpyObj<AlertsApi>('AlertsApi', {
      acknowledge: throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { error: { code: 'conflict', message: 'already' } },
          }),
      ),
    });
    const emitted: { type: string }[] = [];
    TestBed.runInInjectionContext(() =>
      saveAcknowledgement(new Actions(actions$), api, dialogs).subscribe((action) =>
        emitted.push(action),
      ),
    );
    actions$.next(AlertDialogActions.acknowledgeConfirmed({ id: 5, comment: 'x' }));
    expect(emitted[0]!.type).toBe(AlertsApiActions.acknowledgementFailed.type);
    expect(dialogs.announceFailure).toHaveBeenCalledWith(jasmine.objectContaining({ status: 409 }));
  });

  it('when an un-acknowledgement is saved, then the saved alert is dispatched', () => {
    const detail = anAlertDetail({ id: 5 });
    const api = jasmine.createSpyObj<AlertsApi>('AlertsApi', { unacknowledge: of(detail) });
    const emitted: unknown[] = [];
    TestBed.runInInjectionContext(() =>
      saveAcknowledgement(new Actions(actions$), api, dialogs).subscribe((action) =>
        emitted.push(action),
      ),
    );
    actions$.next(AlertDialogActions.unacknowledgeConfirmed({ id: 5, comment: '' }));
    expect(api.unacknowledge).toHaveBeenCalledWith(5, '');
    expect(emitted).toEqual([AlertsApiActions.acknowledgementSaved({ alert: detail })]);
  });
});
