import { expect, test as setup } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { TOTP } from 'otpauth';
import { ADMIN_STATE, ADMIN_TOTP_SECRET, AUTH_DIR, FIRST_ADMIN } from './e2e-accounts';

setup(
  'when the first system admin signs in, then TOTP enrolment and a password change are forced',
  async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByTestId('sign-in-username').fill(FIRST_ADMIN.username);
    await page.getByTestId('sign-in-password').fill(FIRST_ADMIN.initialPassword);
    await page.getByTestId('sign-in-submit').click();

    // Admin duties need a second factor: enrol with the secret the page shows.
    const secretText = await page.getByTestId('totp-enrolment-secret').textContent();
    const secret = (secretText ?? '').replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expect(page.getByTestId('totp-enrolment-qr')).toBeVisible();
    const totp = new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' });
    await page.getByTestId('totp-code').fill(totp.generate());
    await page.getByTestId('totp-submit').click();

    // The initial password is one-time: nothing else opens until it is changed.
    await expect(page).toHaveURL(/\/account\/password/);
    await page.getByTestId('password-current').fill(FIRST_ADMIN.initialPassword);
    await page.getByTestId('password-new').fill(FIRST_ADMIN.changedPassword);
    await page.getByTestId('password-confirm').fill(FIRST_ADMIN.changedPassword);
    await page.getByTestId('password-submit').click();
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await expect(page).not.toHaveURL(/\/account\/password|\/sign-in/);

    mkdirSync(AUTH_DIR, { recursive: true });
    await page.context().storageState({ path: ADMIN_STATE });
    writeFileSync(ADMIN_TOTP_SECRET, secret, { mode: 0o600 });
  },
);
