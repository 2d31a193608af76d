import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideI18nForTests } from '../../i18n/i18n-testing';
import { AcknowledgeDialog } from './acknowledge-dialog';

describe('AcknowledgeDialog', () => {
  async function render(isAcknowledge: boolean) {
    const dialogRef = jasmine.createSpyObj<MatDialogRef<AcknowledgeDialog>>('MatDialogRef', [
      'close',
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideI18nForTests(),
        { provide: MAT_DIALOG_DATA, useValue: { summary: '曾都区 上联中断', isAcknowledge } },
        { provide: MatDialogRef, useValue: dialogRef },
      ],
    });
    const fixture = TestBed.createComponent(AcknowledgeDialog);
    await fixture.whenStable();
    return { dialogRef, loader: TestbedHarnessEnvironment.loader(fixture) };
  }

  it('when acknowledging without a comment, then it cannot be confirmed', async () => {
    const { loader } = await render(true);
    const confirm = await loader.getHarness(MatButtonHarness.with({ text: '确认' }));
    expect(await confirm.isDisabled()).toBeTrue();
    await (await loader.getHarness(MatInputHarness)).setValue('   ');
    expect(await confirm.isDisabled()).toBeTrue();
  });

  it('when a comment is typed, then the dialog closes with it, trimmed', async () => {
    const { loader, dialogRef } = await render(true);
    await (await loader.getHarness(MatInputHarness)).setValue('  已通知电信抢修 ');
    await (await loader.getHarness(MatButtonHarness.with({ text: '确认' }))).click();
    expect(dialogRef.close).toHaveBeenCalledWith('已通知电信抢修');
  });

  it('when taking an acknowledgement back, then the comment is optional', async () => {
    const { loader, dialogRef } = await render(false);
    await (await loader.getHarness(MatButtonHarness.with({ text: '取消确认' }))).click();
    expect(dialogRef.close).toHaveBeenCalledWith('');
  });
});
