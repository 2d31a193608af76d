import { Session } from 'snmp-native';
import { settleWithConcurrency } from '../links/bounded-concurrency';
import { firstPassOids } from '../links/snmp-node-reading';
import { processesCpuMs } from './process-cpu';
import { widenReceiveBuffer } from '../links/snmp-receive-buffer';

export interface AgentTarget {
  host: string;
  port: number;
  community: string;
}

export interface BareGetPass {
  wallMs: number;
  requests: number;
  varbinds: number;
  failures: number;
  /** CPU time of this process (the snmp-native client) during the pass. */
  cpuMs: number;
  /** CPU time the agents spent answering. */
  agentsCpuMs: number;
}

/**
 * For scale: the same GET the collector's first pass sends (sysUpTime, snmpEngineTime and six
 * objects for ifIndex 1 and 2) to every target through one snmp-native session, with the same
 * concurrency, timeout and retries, and nothing done with the answers.
 */
export async function runBareSnmpGets(
  targets: readonly AgentTarget[],
  opts: { concurrency: number; timeoutMs: number; retries: number; agentPids: readonly number[] },
): Promise<BareGetPass> {
  const oids = firstPassOids([1, 2]).map((oid) => `.${oid}`);
  const timeouts = Array.from({ length: opts.retries + 1 }, () => opts.timeoutMs);
  const session = new Session({ family: 'udp4' });
  session.on('error', () => undefined);
  widenReceiveBuffer(session); // as the poller does: otherwise answers drop and time out
  const agentsBefore = await processesCpuMs(opts.agentPids);
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  try {
    const settled = await settleWithConcurrency(
      targets,
      opts.concurrency,
      (target) =>
        new Promise<void>((resolve, reject) =>
          session.getAll({ ...target, oids, timeouts, abortOnError: true }, (error) =>
            error ? reject(error) : resolve(),
          ),
        ),
    );
    const wallMs = performance.now() - startedAt;
    const cpu = process.cpuUsage(cpuBefore);
    const requestsPerTarget = Math.ceil(oids.length / 16);
    return {
      wallMs,
      cpuMs: (cpu.user + cpu.system) / 1_000,
      agentsCpuMs: (await processesCpuMs(opts.agentPids)) - agentsBefore,
      requests: targets.length * requestsPerTarget,
      varbinds: targets.length * oids.length,
      failures: settled.filter((result) => result.status === 'rejected').length,
    };
  } finally {
    session.close();
  }
}
