import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideI18nForTests } from '../i18n/i18n-testing';
import { someCounts } from '../links/alerts/testing/alert-fixtures';
import { AlertCounter } from './alert-counter';
import { provideConsoleIcons } from './console-icons';

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('AlertCounter', () => {
  let http: HttpTestingController;

  async function render(isActive = true) {
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        provideConsoleIcons(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AlertCounter);
    fixture.componentRef.setInput('intervalMs', 40);
    fixture.componentRef.setInput('isActive', isActive);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => http.verify());

  it('when counts arrive, then the badge shows the unacknowledged ones and updates without reload', async () => {
    const fixture = await render();
    await wait(5);
    http.expectOne('/api/alerts/counts').flush(someCounts({ open: 3, unacknowledged: 2 }));
    await fixture.whenStable();
    const link: HTMLElement = fixture.nativeElement.querySelector('[data-testid="alert-counter"]');
    expect(link.getAttribute('data-unacknowledged')).toBe('2');
    expect(link.textContent).toContain('2');

    await wait(50);
    http.expectOne('/api/alerts/counts').flush(someCounts({ open: 5, unacknowledged: 4 }));
    await fixture.whenStable();
    expect(link.getAttribute('data-unacknowledged')).toBe('4');
    expect(link.getAttribute('data-open')).toBe('5');
    fixture.destroy();
  });

  it('when a read fails, then the last count stays', async () => {
    const fixture = await render();
    await wait(5);
    http.expectOne('/api/alerts/counts').flush(someCounts({ unacknowledged: 7 }));
    await wait(50);
    http.expectOne('/api/alerts/counts').flush(null, { status: 503, statusText: 'Unavailable' });
    await fixture.whenStable();
    const link: HTMLElement = fixture.nativeElement.querySelector('[data-testid="alert-counter"]');
    expect(link.getAttribute('data-unacknowledged')).toBe('7');
    fixture.destroy();
  });

  it('when inactive, then nothing is requested', async () => {
    const fixture = await render(false);
    await wait(60);
    http.expectNone('/api/alerts/counts');
    fixture.destroy();
  });
});
