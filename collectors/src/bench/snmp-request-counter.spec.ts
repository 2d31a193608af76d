import { createSocket } from 'node:dgram';
import { Session } from 'snmp-native';
import { SnmpRequestCounter } from './snmp-request-counter';

describe('SnmpRequestCounter', () => {
  it('when a getAll needs two PDUs, then it counts two requests and every varbind, and stop() unwraps', async () => {
    // A silent "agent": the requests only have to leave, not be answered.
    const sink = createSocket('udp4');
    await new Promise<void>((resolve) => sink.bind(0, '127.0.0.1', () => resolve()));
    const counter = new SnmpRequestCounter();
    const session = new Session({ family: 'udp4' });
    session.on('error', () => undefined);
    const oids = Array.from({ length: 20 }, (_unused, index) => `.1.3.6.1.2.1.1.${index + 1}.0`);

    await new Promise<void>((resolve) =>
      session.getAll(
        { host: '127.0.0.1', port: sink.address().port, community: 'x', oids, timeouts: [30] },
        () => resolve(),
      ),
    );
    // Without an answer getAll moves on after each timeout: 16 + 4 varbinds, two PDUs.
    expect(counter.take()).toEqual({ requests: 2, varbinds: 20 });
    expect(counter.take()).toEqual({ requests: 0, varbinds: 0 });

    counter.stop();
    await new Promise<void>((resolve) =>
      session.getAll(
        { host: '127.0.0.1', port: sink.address().port, community: 'x', oids, timeouts: [30] },
        () => resolve(),
      ),
    );
    expect(counter.requests).toBe(0);
    session.close();
    sink.close();
  });
});
