import { Session } from 'snmp-native';
import { IfXEntryColumn, SystemOid, ifXEntryInstance, scalarInstance } from '../links/snmp-oids';

/** Resolves when the agent answers GET sysUpTime.0 within 200 ms; rejects otherwise. */
export function answersSysUpTime(agent: {
  host: string;
  port: number;
  community: string;
}): Promise<void> {
  const session = new Session({ family: 'udp4' });
  session.on('error', () => undefined);
  return new Promise<void>((resolve, reject) => {
    session.get(
      {
        host: agent.host,
        port: agent.port,
        community: agent.community,
        oid: `.${scalarInstance(SystemOid.sysUpTime)}`,
        timeouts: [200],
      },
      (error) => (error ? reject(error) : resolve()),
    );
  }).finally(() => session.close());
}

/** ifName of each given ifIndex, as the agent reports it (ASCII on Net-SNMP: lo, eth0…). */
export function readIfNames(
  agent: { host: string; port: number; community: string },
  ifIndexes: readonly number[],
): Promise<Map<number, string>> {
  const session = new Session({ family: 'udp4' });
  session.on('error', () => undefined);
  return new Promise<Map<number, string>>((resolve, reject) => {
    session.getAll(
      {
        host: agent.host,
        port: agent.port,
        community: agent.community,
        oids: ifIndexes.map((ifIndex) => `.${ifXEntryInstance(IfXEntryColumn.ifName, ifIndex)}`),
        abortOnError: true,
        timeouts: [1_000, 1_000],
      },
      (error, varbinds) => {
        if (error) {
          reject(error);
          return;
        }
        resolve(
          new Map(varbinds.map((vb, index) => [ifIndexes[index], vb.valueRaw.toString('utf8')])),
        );
      },
    );
  }).finally(() => session.close());
}
