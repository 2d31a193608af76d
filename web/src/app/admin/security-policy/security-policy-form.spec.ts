import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import type { SecurityPolicy } from './security-policy';
import { SecurityPolicyForm } from './security-policy-form';

const POLICY: SecurityPolicy = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  passwordMaxAgeDays: 90,
  passwordHistory: 5,
  lockoutThreshold: 5,
  lockoutMinutes: 30,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
};

describe('SecurityPolicyForm', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideI18nForTests()] });
    const fixture = TestBed.createComponent(SecurityPolicyForm);
    fixture.componentRef.setInput('policy', POLICY);
    fixture.componentRef.setInput('isSaving', false);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const saved: SecurityPolicy[] = [];
    fixture.componentInstance.save.subscribe((policy) => saved.push(policy));
    return {
      fixture,
      saved,
      field: (name: keyof SecurityPolicy) =>
        loader.getHarness(MatInputHarness.with({ selector: `[data-testid="policy-${name}"]` })),
      save: await loader.getHarness(
        MatButtonHarness.with({ selector: '[data-testid="policy-save"]' }),
      ),
    };
  }

  it('when loaded, then the form shows the policy and nothing is to save', async () => {
    const { field, save } = await render();
    expect(await (await field('sessionIdleMinutes')).getValue()).toBe('30');
    expect(await save.isDisabled()).toBeTrue();
  });

  it('when a value is below the MLPS floor, then it cannot be saved', async () => {
    const { field, save, fixture } = await render();
    await (await field('passwordMinLength')).setValue('6');
    await (await field('passwordHistory')).setValue('3');
    await fixture.whenStable();
    expect(await save.isDisabled()).toBeTrue();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('须在 8–64 之间的整数');
  });

  it('when values are within bounds, then the whole policy is saved', async () => {
    const { field, save, saved } = await render();
    await (await field('passwordMinLength')).setValue('12');
    await (await field('sessionIdleMinutes')).setValue('15');
    await save.click();
    expect(saved).toEqual([{ ...POLICY, passwordMinLength: 12, sessionIdleMinutes: 15 }]);
  });

  it('when the server refuses a field, then its message shows beside it', async () => {
    const { fixture } = await render();
    fixture.componentRef.setInput('fieldErrors', [
      { path: 'lockoutMinutes', message: 'must be at least 10' },
    ]);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('must be at least 10');
  });
});
