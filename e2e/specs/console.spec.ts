import { expect, test } from '@playwright/test';

// These walk the real console: launcher, SQLite, simulator polled live over SNMP, API, web.
// Sui Zhou (随州市, 4213) and its Zengdu district (曾都区, 421303) are real GB/T 2260 units.
const SUIZHOU = '4213';
const ZENGDU = '421303';

test('when the console opens, then the province overview counts uplinks per level', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/links\/overview$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('全省概览');
  // city, county, township and provincial departments at the default depth
  await expect(page.getByTestId('level-row')).toHaveCount(4);
  await expect(page.getByTestId('city-row')).toHaveCount(17);
});

test('when the uplink table is open, then it lists uplinks and fills in live rates', async ({
  page,
}) => {
  await page.goto('/links/uplinks');
  await expect(page.getByTestId('uplink-row')).toHaveCount(25);
  await expect(page.getByTestId('uplink-count')).toContainText(/1[,]?6\d\d/);
  // Rates arrive after the collector's second poll (10 s cycle here) and the page refreshes by
  // itself: the same page, without a reload, starts showing bit rates.
  await expect(page.getByTestId('uplink-table')).toContainText(/[\d.]+ [MG]bps/, {
    timeout: 60_000,
  });
});

test('when drilling down from the province, then a county shows its townships', async ({
  page,
}) => {
  await page.goto('/links/units/42');
  await page
    .locator(`[data-testid="unit-child-row"][data-unit-code="${SUIZHOU}"]`)
    .getByTestId('unit-child-link')
    .click();
  await expect(page.getByTestId('unit-name')).toHaveText(/随州市/);
  await page
    .locator(`[data-testid="unit-child-row"][data-unit-code="${ZENGDU}"]`)
    .getByTestId('unit-child-link')
    .click();
  await expect(page.getByTestId('unit-name')).toHaveText(/曾都区/);
  const townships = page.locator('[data-testid="unit-child-row"]');
  await expect(townships.first()).toBeVisible();
  const codes = await townships.evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('data-unit-code') ?? ''),
  );
  expect(codes.length).toBeGreaterThan(5);
  for (const code of codes) expect(code).toMatch(new RegExp(`^${ZENGDU}\\d{3}$`));
  await expect(page.getByTestId('breadcrumb')).toHaveCount(3);
});

test('when an uplink is opened, then its members and traffic chart are shown', async ({ page }) => {
  await page.goto(`/links/units/${SUIZHOU}`);
  await page.getByTestId('unit-uplink-link').click();
  await expect(page).toHaveURL(/\/links\/uplinks\/\d+$/);
  await expect(page.getByTestId('uplink-title')).toContainText('随州市');
  await expect(page.getByTestId('member-row')).toHaveCount(2);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId('traffic-chart').locator('canvas')).toBeVisible({
      timeout: 5_000,
    });
  }).toPass({ timeout: 60_000 });
  await page.getByTestId('range-24h').click();
  await expect(page.getByTestId('range-24h').locator('button')).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(page.getByTestId('traffic-chart').locator('canvas')).toBeVisible();
});

test('when the language is switched to English, then the console speaks English', async ({
  page,
}) => {
  await page.goto('/links/uplinks');
  await expect(page.getByTestId('main-nav')).toContainText('上联链路');
  await page.getByTestId('language-switch').click();
  await page.getByTestId('language-option-en').click();
  await expect(page.getByTestId('main-nav')).toContainText('Uplinks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByTestId('main-nav')).toContainText('Uplinks');
});
