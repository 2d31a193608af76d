import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Logger } from 'pino';
import { StartupError } from './startup-errors';

export interface ChildSpec {
  name: string;
  script: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Readiness is the child's own IPC message, never a probe of a well-known port: another
 * console's simulator on that port would answer for a child that is still failing.
 */
export interface Readiness {
  timeoutMs: number;
}

/** An IPC message a child sends when it is ready: `{ type: 'ready', … }`. */
function isReadyMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'ready'
  );
}

/**
 * The console's child processes (simulator, collector). A child that exits while the console
 * runs is a failure of the whole console: `onUnexpectedExit` is called and the launcher stops
 * everything, so a supervisor (systemd, docker) restarts it in a known state rather than
 * running without polling unnoticed.
 */
export class ChildProcesses {
  private readonly running = new Map<string, ChildProcess>();
  private isStopping = false;

  constructor(
    private readonly logger: Logger,
    private readonly onUnexpectedExit: (name: string, description: string) => void,
  ) {}

  start(spec: ChildSpec): ChildProcess {
    if (!existsSync(spec.script)) {
      throw new StartupError(
        `${spec.name} is not built (${spec.script} is missing); run npm run build:server`,
      );
    }
    const child = fork(spec.script, [], { env: spec.env, execArgv: [], stdio: 'inherit' });
    this.running.set(spec.name, child);
    child.once('exit', (code, signal) => {
      this.running.delete(spec.name);
      const description = signal ? `killed by ${signal}` : `exit code ${code}`;
      if (this.isStopping) {
        this.logger.info({ child: spec.name, code, signal }, `${spec.name} stopped`);
        return;
      }
      this.logger.error(
        { child: spec.name, code, signal },
        `${spec.name} exited unexpectedly (${description})`,
      );
      this.onUnexpectedExit(spec.name, description);
    });
    this.logger.info({ child: spec.name, pid: child.pid }, `${spec.name} started`);
    return child;
  }

  /** Resolves on the child's IPC `{ type: 'ready' }`; rejects if it exits or times out first. */
  waitUntilReady(name: string, child: ChildProcess, readiness: Readiness): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => {
        finish(
          new StartupError(
            `${name} did not become ready within ${Math.round(readiness.timeoutMs / 1000)} s; see its log above`,
          ),
        );
      }, readiness.timeoutMs);
      const onMessage = (message: unknown) => {
        if (isReadyMessage(message)) finish();
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        const how = signal ? `killed by ${signal}` : `exit code ${code}`;
        finish(new StartupError(`${name} exited during start-up (${how}); see its log above`));
      };
      const finish = (error?: Error) => {
        clearTimeout(deadline);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (error) reject(error);
        else resolve();
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  }

  /**
   * SIGTERM to each child in reverse start order (the collector before the simulator it polls,
   * so its last polls are answered, not timed out), SIGKILL to one still running after the grace.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    this.isStopping = true;
    for (const [name, child] of [...this.running.entries()].reverse()) {
      await this.stopOne(name, child, graceMs);
    }
  }

  private stopOne(name: string, child: ChildProcess, graceMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      const killer = setTimeout(() => {
        this.logger.warn({ child: name }, `${name} did not stop within ${graceMs} ms; killing it`);
        child.kill('SIGKILL');
      }, graceMs);
      child.once('exit', () => {
        clearTimeout(killer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** Last resort on process exit: synchronous, no waiting. */
  killAllNow(): void {
    this.isStopping = true;
    for (const child of this.running.values()) child.kill('SIGKILL');
  }
}
