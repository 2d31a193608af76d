import { expect, test } from '@playwright/test';
import { FIRST_ADMIN } from './e2e-accounts';

const signedOut = { storageState: { cookies: [], origins: [] } };

test.describe('signed out', () => {
  test.use(signedOut);

  test('when the password is wrong or the account unknown, then one message says neither', async ({
    page,
  }) => {
    await page.goto('/links/uplinks');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=/);
    await page.getByTestId('sign-in-username').fill(FIRST_ADMIN.username);
    await page.getByTestId('sign-in-password').fill('Not-The-Password#1');
    await page.getByTestId('sign-in-submit').click();
    const wrongPassword = await page.getByTestId('sign-in-error').textContent();
    expect(wrongPassword).toContain('用户名或密码错误');

    await page.getByTestId('sign-in-username').fill('nobody-here');
    await page.getByTestId('sign-in-submit').click();
    await expect(page.getByTestId('sign-in-error')).toHaveText(wrongPassword ?? '');
  });
});

test('when the system admin opens the audit trail, then access is denied', async ({ page }) => {
  await page.goto('/audit');
  await expect(page.getByTestId('access-denied').first()).toBeVisible();
  await expect(page.getByTestId('audit-row')).toHaveCount(0);
});

test('when a new account first signs in, then its one-time password must be changed', async ({
  page,
  browser,
}) => {
  const username = `e2e-op-${Date.now() % 100_000}`;
  await page.goto('/admin/accounts');
  await page.getByTestId('account-create').click();
  // The dialog focuses its first field once opened; typing before that would be moved there.
  await expect(page.getByTestId('account-username')).toBeFocused();
  await page.getByTestId('account-username').fill(username);
  await page.getByTestId('account-display-name').fill('端到端测试运维员');
  await page.getByTestId('account-create-submit').click();
  const oneTimePassword = (
    (await page.getByTestId('one-time-password').textContent()) ?? ''
  ).trim();
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(12);
  await page.getByTestId('one-time-password-done').click();
  await expect(page.getByTestId('account-row').filter({ hasText: username })).toBeVisible();

  const newcomer = await browser.newContext(signedOut);
  const newcomerPage = await newcomer.newPage();
  await newcomerPage.goto('/');
  await newcomerPage.getByTestId('sign-in-username').fill(username);
  await newcomerPage.getByTestId('sign-in-password').fill(oneTimePassword);
  await newcomerPage.getByTestId('sign-in-submit').click();
  await expect(newcomerPage).toHaveURL(/\/account\/password/);
  await expect(newcomerPage.getByTestId('password-forced')).toBeVisible();

  // A weak new password is refused with the unmet rules listed; nothing else opens meanwhile.
  await newcomerPage.getByTestId('password-current').fill(oneTimePassword);
  await newcomerPage.getByTestId('password-new').fill('short');
  await newcomerPage.getByTestId('password-confirm').fill('short');
  await expect(
    newcomerPage.locator('[data-testid="password-rule"][data-rule="min_length"][data-met="false"]'),
  ).toBeVisible();

  const chosen = 'Newcomer#Pass-2026';
  await newcomerPage.getByTestId('password-new').fill(chosen);
  await newcomerPage.getByTestId('password-confirm').fill(chosen);
  await newcomerPage.getByTestId('password-submit').click();
  await expect(newcomerPage).not.toHaveURL(/\/account\/password|\/sign-in/);
  await expect(newcomerPage.getByTestId('user-menu')).toBeVisible();
  await newcomer.close();
});
