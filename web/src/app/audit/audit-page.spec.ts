import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideNativeDateAdapter } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { provideI18nForTests } from '../i18n/i18n-testing';
import { provideConsoleIcons } from '../shell/console-icons';
import { AUDIT_SEARCH_DEBOUNCE_MS } from './audit-filter-bar';
import { AuditPage } from './audit-page';
import { startOfLocalDay } from './audit-query';
import * as auditEffects from './audit.effects';
import { auditFeature } from './audit.feature';
import { anAuditEvent, anAuditPage } from './testing/audit-fixtures';

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('AuditPage', () => {
  let http: HttpTestingController;

  async function open(url = '/audit') {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNativeDateAdapter(),
        provideRouter([{ path: 'audit', component: AuditPage }]),
        provideStore(),
        provideState(auditFeature),
        provideEffects(auditEffects),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(url);
    return {
      harness,
      host: harness.routeNativeElement as HTMLElement,
      loader: TestbedHarnessEnvironment.loader(harness.fixture),
    };
  }

  const events = (page?: string) =>
    http.expectOne(
      (req) => req.url === '/api/audit/events' && (!page || req.params.get('page') === page),
    );

  afterEach(() => http.verify());

  it('when opened, then the first page of records is shown with results in words', async () => {
    const { harness, loader, host } = await open();
    events('1').flush(
      anAuditPage(
        [
          anAuditEvent({ id: 2, result: 'denied', action: 'access.denied' }),
          anAuditEvent({ id: 1, result: 'failure', action: 'auth.sign_in_failed' }),
        ],
        2,
      ),
    );
    await harness.fixture.whenStable();

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['result'].text).toEqual(['拒绝', '失败']);
    expect(cells['action'].text).toEqual(['access.denied', 'auth.sign_in_failed']);
    expect(host.querySelectorAll('[data-testid="audit-row"]').length).toBe(2);
  });

  it('when filters are set, then the request carries them and the CSV link follows', async () => {
    const { harness, loader, host } = await open();
    events().flush(anAuditPage([]));

    const username = await loader.getHarness(
      MatInputHarness.with({ selector: '[data-testid="audit-username"]' }),
    );
    await username.setValue('zhang.wei');
    await wait(AUDIT_SEARCH_DEBOUNCE_MS + 50);
    const result = await loader.getHarness(
      MatSelectHarness.with({ selector: '[data-testid="audit-result"]' }),
    );
    await result.open();
    await result.clickOptions({ text: '拒绝' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/audit?username=zhang.wei&result=denied');
    const requests = http.match((req) => req.url === '/api/audit/events');
    const last = requests[requests.length - 1].request;
    expect(last.params.get('username')).toBe('zhang.wei');
    expect(last.params.get('result')).toBe('denied');
    expect(last.params.get('page')).toBe('1');
    requests
      .filter((request) => !request.cancelled)
      .forEach((request) => request.flush(anAuditPage([])));

    const csv = host.querySelector('[data-testid="audit-export"]')?.getAttribute('href');
    expect(csv).toBe('/api/audit/events.csv?username=zhang.wei&result=denied');
  });

  it('when opened with a time range, then the range reaches the API and the CSV link', async () => {
    const { host } = await open('/audit?from=2026-11-01&to=2026-11-22&action=nodes.create');
    const request = events();
    expect(request.request.params.get('from')).toBe(startOfLocalDay('2026-11-01'));
    expect(request.request.params.get('to')).toBe(startOfLocalDay('2026-11-23'));
    expect(request.request.params.get('action')).toBe('nodes.create');
    request.flush(anAuditPage([]));

    const csv = new URL(
      host.querySelector('[data-testid="audit-export"]')?.getAttribute('href') ?? '',
      'http://console.local',
    );
    expect(csv.searchParams.get('from')).toBe(startOfLocalDay('2026-11-01'));
    expect(csv.searchParams.get('action')).toBe('nodes.create');
  });

  it('when the chain is verified, then a progress bar runs until the verdict shows', async () => {
    const { harness, loader, host } = await open();
    events().flush(anAuditPage([]));
    await (await loader.getHarness(MatButtonHarness.with({ text: /校验审计链/ }))).click();

    expect(host.querySelector('[data-testid="audit-verify-progress"]')).not.toBeNull();
    expect(await loader.getAllHarnesses(MatProgressBarHarness)).not.toEqual([]);
    http
      .expectOne('/api/audit/verify')
      .flush({ ok: false, checked: 1204, firstBrokenId: 877, reason: 'hash_mismatch' });
    await harness.fixture.whenStable();

    const result = host.querySelector('[data-testid="audit-verify-result"]');
    expect(result?.textContent).toContain(
      '审计链在记录 #877 处断裂：记录内容与哈希不符（记录被修改）（已校验 1204 条）',
    );
    expect(result?.getAttribute('data-ok')).toBe('false');
    expect(host.querySelector('[data-testid="audit-verify-progress"]')).toBeNull();
  });

  it('when a record is opened, then its before and after values show in a dialog', async () => {
    const { harness, loader } = await open();
    events().flush(
      anAuditPage([
        anAuditEvent({
          action: 'nodes.update',
          before: { isPolled: true },
          after: '{"isPolled":false}',
        }),
      ]),
    );
    await harness.fixture.whenStable();
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="audit-details-open"]' }),
      )
    ).click();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(
      MatDialogHarness,
    );
    const text = await dialog.getText();
    expect(text).toContain('"isPolled": true');
    expect(text).toContain('"isPolled": false');
    expect(text).toContain('hmac-sm3 ' + 'b2'.repeat(32));
    await dialog.close();
  });
});
