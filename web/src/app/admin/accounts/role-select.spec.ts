import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { Role } from '../../auth/roles';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { RoleSelect, noConflictingAdminDuties } from './role-select';

describe('RoleSelect', () => {
  it('when one admin duty is chosen, then the other two cannot be picked', async () => {
    TestBed.configureTestingModule({ providers: [provideI18nForTests()] });
    const fixture = TestBed.createComponent(RoleSelect);
    const control = new FormControl<Role[]>(['manager'], {
      nonNullable: true,
      validators: [noConflictingAdminDuties],
    });
    fixture.componentRef.setInput('control', control);
    await fixture.whenStable();
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatSelectHarness);

    await select.open();
    await select.clickOptions({ text: '系统管理员' });
    const options = await select.getOptions();
    const disabled = await Promise.all(
      options.map(async (option) => [await option.getText(), await option.isDisabled()] as const),
    );

    expect(control.value).toEqual(['manager', 'system_admin']);
    expect(disabled.filter(([, isDisabled]) => isDisabled).map(([text]) => text)).toEqual([
      '安全管理员',
      '审计管理员',
    ]);
  });

  it('when two admin duties are set anyway, then the control is invalid', () => {
    const control = new FormControl<Role[]>(['system_admin', 'audit_admin'], {
      nonNullable: true,
      validators: [noConflictingAdminDuties],
    });
    expect(control.hasError('adminDutyConflict')).toBeTrue();
  });
});
