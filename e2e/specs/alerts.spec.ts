import { expect, test } from '@playwright/test';

// The alert path end to end: a simulated outage → the collector's poll marks the uplink down →
// the alert engine raises it → an operator (here the system admin) acknowledges it with a
// comment in the console. 曾都区 (421303) loses both member circuits in the simulator.
const ZENGDU = '421303';
const controlUrl = `http://127.0.0.1:${Number(process.env['E2E_PORT'] ?? 8181) + 10}`;

test('when an uplink goes down, then its alert appears live and can be acknowledged with a comment', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);

  // Raise at the first sighting, so the test waits for one poll and one engine run only.
  await page.goto('/links/alerts/rules');
  const downRule = page.getByRole('row').filter({ hasText: '上联中断' });
  await downRule.getByTestId('rule-edit').click();
  await page.getByLabel('产生延迟（秒）').fill('0');
  await page.getByTestId('rule-save').click();
  await expect(downRule).toContainText('0 秒 / 120 秒');

  const outage = await request.put(`${controlUrl}/scenarios/${ZENGDU}`, {
    data: { kind: 'member-down' },
  });
  expect(outage.ok()).toBeTruthy();
  try {
    await page.goto('/links/alerts');
    const alertRow = page
      .getByRole('row')
      .filter({ hasText: '曾都区' })
      .filter({ hasText: '上联中断' });
    // One 10 s poll, then the engine's next run (every 30 s); the page re-reads every 30 s.
    await expect(alertRow).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('alert-counter')).not.toHaveAttribute(
      'data-unacknowledged',
      '0',
      {
        timeout: 40_000,
      },
    );

    await alertRow.getByTestId('ack-button').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('ack-confirm')).toBeDisabled();
    await dialog.getByTestId('ack-comment').fill('已通知电信、联通抢修');
    await dialog.getByTestId('ack-confirm').click();
    await expect(alertRow.getByTestId('ack-cell')).toContainText('sysadmin');

    await alertRow.getByTestId('alert-open').click();
    const history = page.getByTestId('alert-history');
    await expect(history).toContainText('告警产生');
    await expect(history).toContainText('已确认');
    await expect(history).toContainText('已通知电信、联通抢修');
  } finally {
    await request.delete(`${controlUrl}/scenarios/${ZENGDU}`);
  }
});
