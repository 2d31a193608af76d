import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ADMIN_STATE, FIRST_ADMIN } from './specs/e2e-accounts';

/**
 * The e2e suite starts the real console (launcher → migrations, seed, simulator, collector, API,
 * built web) on its own port with a throwaway SQLite file and a 10-second poll, so traffic shows
 * within a test's patience. It never downloads a browser: Debian's Chromium drives it.
 */
const port = Number(process.env['E2E_PORT'] ?? 8181);
const dataDir = process.env['E2E_DATA_DIR'] ?? mkdtempSync(join(tmpdir(), 'extranet-e2e-'));
const repoRoot = resolve(__dirname, '..');

export default defineConfig({
  testDir: './specs',
  projects: [
    { name: 'first-admin', testMatch: /first-admin\.setup\.ts/ },
    {
      name: 'console',
      testMatch: /\.spec\.ts/,
      dependencies: ['first-admin'],
      use: { storageState: ADMIN_STATE },
    },
  ],
  timeout: 60_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node api/dist/launcher/start-console.js',
    cwd: repoRoot,
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      EXTRANET_DATA_DIR: dataDir,
      DATABASE_URL: `sqlite:${join(dataDir, 'e2e.sqlite')}`,
      POLL_CRON: '*/10 * * * * *',
      SIMULATOR_CONTROL_PORT: String(port + 10),
      COLLECTOR_METRICS_PORT: String(port + 20),
      SIMULATOR_PORT: String(port + 8000),
      EXTRANET_INITIAL_ADMIN_PASSWORD: FIRST_ADMIN.initialPassword,
    },
  },
});
