import { Session } from 'snmp-native';

/** Request PDUs and the varbinds they asked for, since the counter started. */
export interface SnmpRequestCount {
  readonly requests: number;
  readonly varbinds: number;
}

interface PacketShape {
  pdu: { varbinds: unknown[] };
}

type SendMsg = (this: Session, packet: PacketShape, options: unknown, callback: unknown) => void;

/**
 * Counts every SNMP request that any snmp-native Session of this process sends, fallback
 * requests included (retransmissions of the same request are not counted again). The
 * collector's poller keeps its session private, so the count is taken where every request
 * passes: snmp-native's sendMsg, wrapped for the bench's lifetime only and restored by stop().
 */
export class SnmpRequestCounter implements SnmpRequestCount {
  requests = 0;
  varbinds = 0;
  private readonly original: SendMsg;

  constructor() {
    const prototype = Session.prototype as unknown as { sendMsg: SendMsg };
    this.original = prototype.sendMsg;
    const original = this.original;
    const count = (packet: PacketShape) => {
      this.requests += 1;
      this.varbinds += packet.pdu.varbinds.length;
    };
    prototype.sendMsg = function (this: Session, packet, options, callback) {
      count(packet);
      original.call(this, packet, options, callback);
    };
  }

  /** The figures since the last call, and a fresh start. */
  take(): SnmpRequestCount {
    const taken = { requests: this.requests, varbinds: this.varbinds };
    this.requests = 0;
    this.varbinds = 0;
    return taken;
  }

  stop(): void {
    (Session.prototype as unknown as { sendMsg: SendMsg }).sendMsg = this.original;
  }
}
