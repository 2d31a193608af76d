import type { ChildProcess } from 'node:child_process';

type CleanupStep = { name: string; run: () => Promise<void> };

/**
 * Everything the bench started or created, undone in reverse order exactly once: after the
 * runs, on a failure, and on Ctrl-C / SIGTERM. Child processes are also SIGKILLed when this
 * process exits any other way (an uncaught error), so no agent is left bound to a port.
 */
export class CleanupStack {
  private readonly steps: CleanupStep[] = [];
  private readonly children = new Set<ChildProcess>();
  private running: Promise<string[]> | null = null;

  constructor() {
    process.once('exit', () => {
      for (const child of this.children) {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    });
  }

  /** Registers an undo step; steps run last-in, first-out. */
  defer(name: string, run: () => Promise<void>): void {
    this.steps.push({ name, run });
  }

  /** Tracks a child process so that even an abrupt exit of the bench kills it. */
  track(child: ChildProcess): ChildProcess {
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /**
   * Runs every step once (later calls get the same promise); a failing step does not stop the
   * others. Resolves with one line per step that failed.
   */
  runAll(): Promise<string[]> {
    this.running ??= (async () => {
      const failures: string[] = [];
      for (const step of this.steps.splice(0).reverse()) {
        try {
          await step.run();
        } catch (error) {
          failures.push(`${step.name}: ${(error as Error).message}`);
        }
      }
      return failures;
    })();
    return this.running;
  }

  /** Ctrl-C and SIGTERM clean up, then exit with the conventional 128 + signal number. */
  cleanUpOnSignals(log: (line: string) => void): void {
    const onSignal = (signal: NodeJS.Signals, code: number) => {
      log(`bench: ${signal}, stopping what it started…`);
      void this.runAll().then((failures) => {
        failures.forEach((failure) => log(`bench: cleanup: ${failure}`));
        process.exit(code);
      });
    };
    process.once('SIGINT', () => onSignal('SIGINT', 130));
    process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  }
}
