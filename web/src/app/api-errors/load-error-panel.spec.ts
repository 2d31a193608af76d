import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideI18nForTests } from '../i18n/i18n-testing';
import { provideConsoleIcons } from '../shell/console-icons';
import { LoadErrorPanel } from './load-error-panel';

describe('LoadErrorPanel', () => {
  async function render(error: { status: number; code: string; message: string }) {
    TestBed.configureTestingModule({ providers: [provideI18nForTests(), provideConsoleIcons()] });
    const fixture = TestBed.createComponent(LoadErrorPanel);
    fixture.componentRef.setInput('error', error);
    await fixture.whenStable();
    return fixture;
  }

  it('when the error has a known code, then it is explained with the server message', async () => {
    const fixture = await render({ status: 404, code: 'not_found', message: 'uplink 9' });
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('数据加载失败');
    expect(text).toContain('所请求的对象不存在。');
    expect(text).toContain('(uplink 9)');
  });

  it('when retry is pressed, then retry is emitted', async () => {
    const fixture = await render({ status: 502, code: 'http_502', message: 'Bad Gateway' });
    let retries = 0;
    fixture.componentInstance.retry.subscribe(() => retries++);
    const button = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonHarness.with({ text: '重试' }),
    );
    await button.click();
    expect(retries).toBe(1);
  });
});
