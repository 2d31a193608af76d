import type { Logger } from 'pino';

/**
 * Stops a collector process once: on SIGTERM/SIGINT, and when the launcher that forked it goes
 * away (its IPC channel closes), so a launcher killed with SIGKILL leaves no orphans polling.
 */
export function stopOnceOnSignalOrOrphaned(
  processName: string,
  logger: Logger,
  stop: () => Promise<void>,
): void {
  let isStopping = false;
  const stopOnce = (reason: string) => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ reason }, `${processName}: stopping`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, `${processName}: unclean stop`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stopOnce('SIGTERM'));
  process.once('SIGINT', () => stopOnce('SIGINT'));
  if (process.connected) process.once('disconnect', () => stopOnce('launcher exited'));
}
