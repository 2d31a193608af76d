import type { ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';

/** A UDP port the kernel reports free (an ephemeral one, so unlikely to be taken elsewhere). */
export async function freeUdpPort(address: string): Promise<number> {
  const socket = createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, address, () => resolve());
  });
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(() => resolve()));
  return port;
}

/**
 * Retries `probe` until it succeeds, the agent process exits (fail at once, naming it), or the
 * deadline passes (fail with the probe's last error).
 */
export async function waitUntilAnswering(
  child: ChildProcess,
  agentName: string,
  probe: () => Promise<unknown>,
  timing: { withinMs: number; retryEveryMs: number },
): Promise<void> {
  const deadline = Date.now() + timing.withinMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${agentName} exited (${child.exitCode ?? child.signalCode})`);
    }
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, timing.retryEveryMs));
    }
  }
}

/** SIGTERM, then SIGKILL if the process is still there after `killAfterMs`. */
export async function terminate(child: ChildProcess, killAfterMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  await exited;
  clearTimeout(timer);
}
