import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { provideConsoleIcons } from '../../shell/console-icons';
import { MySessionsPage } from './my-sessions-page';
import * as mySessionsEffects from './my-sessions.effects';
import { mySessionsFeature } from './my-sessions.feature';

const SESSIONS = {
  items: [
    {
      id: '0b6f6a2e-1111-4c6e-9d4a-3f1b2c3d4e5f',
      createdAt: '2026-11-22T01:00:00.000Z',
      lastSeenAt: '2026-11-22T01:20:00.000Z',
      sourceAddress: '10.42.13.20',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/142',
      isCurrent: true,
      account: null,
    },
    {
      id: '7c1d0e9a-2222-4b1a-8f00-aabbccddeeff',
      createdAt: '2026-11-21T08:00:00.000Z',
      lastSeenAt: null,
      sourceAddress: '10.42.99.7',
      userAgent: null,
      isCurrent: false,
      account: null,
    },
  ],
};

describe('MySessionsPage', () => {
  it('when opened, then the sessions show with the current one marked and kept', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideStore(),
        provideState(mySessionsFeature),
        provideEffects(mySessionsEffects),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MySessionsPage);
    http.expectOne('/api/auth/sessions').flush(SESSIONS);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['sourceAddress'].text).toEqual(['10.42.13.20', '10.42.99.7']);
    expect(cells['createdAt'].text[0]).toContain('当前会话');
    expect(cells['userAgent'].text[1]).toBe('—');

    const ends = await loader.getAllHarnesses(MatButtonHarness.with({ text: '结束会话' }));
    expect(ends.length).toBe(1);
    await ends[0].click();
    http
      .expectOne({ method: 'DELETE', url: `/api/auth/sessions/${SESSIONS.items[1].id}` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();

    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelectorAll('[data-testid="session-row"]').length).toBe(1);
    http.verify();
  });
});
