import type { Session } from 'snmp-native';

/** Room for the answers that arrive while the event loop is busy (a GC pause, a write batch). */
export const SNMP_RECEIVE_BUFFER_BYTES = 4 * 1024 * 1024;

/**
 * Widens the receive buffer of a session's UDP socket once it is bound. The default (~208 KiB)
 * holds only about 90 small datagrams once the kernel's per-packet overhead is counted, so with a
 * few hundred requests in flight a short pause overflows it: answers are dropped and their nodes
 * wait out a timeout and a retry (measured at full depth: 6 s cycles instead of 3 s, and hundreds
 * of nodes failed). Linux caps the size at net.core.rmem_max; a refusal keeps the default.
 */
export function widenReceiveBuffer(session: Session, bytes = SNMP_RECEIVE_BUFFER_BYTES): void {
  session.socket?.once('listening', () => {
    try {
      session.socket?.setRecvBufferSize(bytes);
    } catch {
      // Not fatal: the poller still works, it only drops answers sooner under load.
    }
  });
}
