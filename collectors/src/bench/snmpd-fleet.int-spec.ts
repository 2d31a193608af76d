import { existsSync } from 'node:fs';
import { CleanupStack } from './cleanup-stack';
import { answersSysUpTime, readIfNames } from './snmp-probe';
import { startSnmpdFleet } from './snmpd-fleet';

describe('startSnmpdFleet (Net-SNMP snmpd)', () => {
  it('when two agents start, then each answers its own community on loopback, and cleanup stops them', async () => {
    const cleanup = new CleanupStack();
    try {
      const { agents, pids } = await startSnmpdFleet(2, cleanup);

      expect(agents.map((agent) => agent.host)).toEqual(['127.0.0.1', '127.0.0.1']);
      expect(new Set(agents.map((agent) => agent.port)).size).toBe(2);
      await answersSysUpTime(agents[0]);
      await expectAsync(
        answersSysUpTime({ ...agents[0], community: agents[1].community }),
      ).toBeRejected();
      const names = await readIfNames(agents[1], [1]);
      expect(names.get(1)).toBe('lo');

      expect(await cleanup.runAll()).toEqual([]);
      for (const pid of pids) expect(existsSync(`/proc/${pid}`)).toBeFalse();
    } finally {
      await cleanup.runAll();
    }
  });
});
