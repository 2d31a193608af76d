import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string>, cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(__dirname, 'db.js'), ...args],
      { cwd, env: { PATH: process.env['PATH'] ?? '', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('db CLI', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'db-cli-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('when DATABASE_URL is malformed, then it prints one line without the password and exits 1', async () => {
    const outcome = await runCli(
      ['migrate'],
      { DATABASE_URL: 'mysql://root:Cli-Secret9@db' },
      folder,
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stderr.trim().split('\n').length).toBe(1);
    expect(outcome.stderr).toMatch(/^error: DATABASE_URL mysql:\/\/root:\*\*\*@db must name/);
    expect(outcome.stderr).not.toContain('Cli-Secret9');
    expect(outcome.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('when the command is unknown, then it prints the usage and exits 2', async () => {
    const outcome = await runCli(['drop-everything'], {}, folder);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('Unknown command "drop-everything"');
    expect(outcome.stderr).toContain('seed [--depth township|full]');
  });

  it('when seeding twice, then the first run seeds and the second finds nothing to add', async () => {
    const env = { DATABASE_URL: `sqlite:${join(folder, 'cli.sqlite')}`, EXTRANET_DATA_DIR: folder };
    const first = await runCli(['seed', '--depth', 'township'], env, folder);
    expect(first.code).withContext(first.stderr).toBe(0);
    expect(first.stdout).toMatch(/seeded township depth in [\d.]+ s: 1634 units, 1634 nodes/);
    const second = await runCli(['seed'], env, folder);
    expect(second.stdout).toContain('already seeded to township depth, nothing added');
  }, 30_000);
});
