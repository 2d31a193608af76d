import { readFileSync } from 'node:fs';
import { Session } from 'snmp-native';
import { widenReceiveBuffer } from './snmp-receive-buffer';

describe('widenReceiveBuffer', () => {
  it('when the session socket is bound, then its receive buffer is widened up to rmem_max', async () => {
    const session = new Session({ family: 'udp4' });
    try {
      const before = 212_992;
      widenReceiveBuffer(session, 2 * 1024 * 1024);
      await new Promise((resolve) => session.socket?.once('listening', resolve));
      await new Promise((resolve) => setImmediate(resolve));
      const rmemMax = Number(readFileSync('/proc/sys/net/core/rmem_max', 'utf8'));
      const granted = session.socket!.getRecvBufferSize();
      // Linux doubles the figure asked for (bookkeeping overhead) and caps it at rmem_max.
      expect(granted).toBeGreaterThanOrEqual(Math.min(2 * 1024 * 1024, rmemMax));
      expect(granted).toBeGreaterThan(before * 2);
    } finally {
      session.close();
    }
  });
});
