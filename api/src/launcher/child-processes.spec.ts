import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../platform/logger';
import { ChildProcesses } from './child-processes';
import { StartupError } from './startup-errors';

describe('ChildProcesses', () => {
  let dir: string;
  const logger = createLogger({ level: 'silent' });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'extranet-children-'));
    const script = (name: string, body: string) => {
      writeFileSync(path.join(dir, name), body);
      return path.join(dir, name);
    };
    script('ready.js', "process.send({ type: 'ready' }); setInterval(() => {}, 1000);");
    script('crash.js', "console.error('cannot bind'); process.exit(3);");
    script(
      'ready-then-crash.js',
      "process.send({ type: 'ready' }); setTimeout(() => process.exit(4), 200);",
    );
    script('silent.js', 'setInterval(() => {}, 1000);');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spec = (name: string) => ({ name, script: path.join(dir, `${name}.js`), env: {} });

  it('when the script is missing, then the error says to build', () => {
    const children = new ChildProcesses(logger, () => undefined);
    expect(() =>
      children.start({ ...spec('ready'), script: path.join(dir, 'none.js') }),
    ).toThrowError(StartupError, /is not built .* run npm run build:server/);
  });

  it('when the child reports ready, then waiting resolves and stopAll ends it', async () => {
    const children = new ChildProcesses(logger, () => fail('no unexpected exit'));
    const child = children.start(spec('ready'));
    await children.waitUntilReady('ready', child, { timeoutMs: 5000 });
    await children.stopAll(2000);
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('when the child exits during start-up, then waiting rejects naming it and its exit code', async () => {
    const children = new ChildProcesses(logger, () => undefined);
    const child = children.start(spec('crash'));
    await expectAsync(
      children.waitUntilReady('crash', child, { timeoutMs: 5000 }),
    ).toBeRejectedWithError(
      StartupError,
      'crash exited during start-up (exit code 3); see its log above',
    );
  });

  it('when the child never reports ready, then waiting times out', async () => {
    const children = new ChildProcesses(logger, () => undefined);
    const child = children.start(spec('silent'));
    await expectAsync(
      children.waitUntilReady('silent', child, { timeoutMs: 300 }),
    ).toBeRejectedWithError(StartupError, /did not become ready/);
    await children.stopAll(2000);
  });

  it('when a running child dies, then the launcher is told', async () => {
    const died = new Promise<string>((resolve) => {
      const children = new ChildProcesses(logger, (name, description) =>
        resolve(`${name}: ${description}`),
      );
      const child = children.start(spec('ready-then-crash'));
      void children.waitUntilReady('ready-then-crash', child, { timeoutMs: 5000 });
    });
    expect(await died).toBe('ready-then-crash: exit code 4');
  });
});
