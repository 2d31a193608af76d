import type { RemoteInfo, Socket } from 'node:dgram';
import * as snmp from 'net-snmp';
import { answerPollGet } from './fast-get-answer';
import { IF_TABLE_COLUMNS, ifEntryValue, ifXEntryValue, type PortAt } from './port-values';
import {
  IF_ENTRY_OID,
  IF_X_ENTRY_OID,
  IfEntryColumn,
  IfXEntryColumn,
  SystemOid,
} from '../links/snmp-oids';
import type { SimulatedNode } from './simulated-node';
import { IF_PHYS_ADDRESS_COLUMN } from '../links/discovery/interface-walk-columns';
import { vendorIdentity } from './vendor-identity';

export type Clock = () => number;

/** Receives what an agent cannot answer: wrong communities, malformed packets. */
export type AgentErrorSink = (node: SimulatedNode, error: Error) => void;

const READ_ONLY = snmp.MaxAccess['read-only'];

/**
 * The SNMP v2c agent of one simulated node, bound to the node's own management address and
 * answering only its community. Values are computed when a request arrives: every provider
 * has a handler that writes the current value into the instance node before done(), the
 * pattern net-snmp documents for dynamic objects.
 */
export class NodeAgent {
  private agent: snmp.Agent | null = null;
  private readonly mib: snmp.Mib;

  constructor(
    readonly node: SimulatedNode,
    private readonly now: Clock,
    private readonly onError: AgentErrorSink,
  ) {
    this.mib = buildNodeMib(node, now);
  }

  get isListening(): boolean {
    return this.agent !== null;
  }

  /** Binds mgmtAddress:snmpPort; resolves once the socket listens, rejects if it cannot. */
  async listen(): Promise<void> {
    if (this.agent) {
      return;
    }
    const { mgmtAddress, snmpPort, community } = this.node.spec;
    const agent = snmp.createAgent(
      { address: mgmtAddress, port: snmpPort, transport: 'udp4' },
      (error) => {
        if (error) {
          this.onError(this.node, error);
        }
      },
      this.mib,
    );
    agent.getAuthorizer().addCommunity(community);
    this.agent = agent;
    // net-snmp binds in createAgent and reports bind errors only through the callback; wait
    // on the socket itself so a start-up failure (EADDRNOTAVAIL, EMFILE) rejects here.
    await Promise.all(
      Object.values(agent.listener.sockets).map(
        (socket) =>
          new Promise<void>((resolve, reject) => {
            socket.once('listening', () => resolve());
            socket.once('error', reject);
          }),
      ),
    ).catch((error: Error) => {
      this.agent = null;
      agent.close();
      throw new Error(
        `${this.node.spec.hostname}: cannot bind ${mgmtAddress}:${snmpPort}: ${error.message}`,
      );
    });
    for (const socket of Object.values(agent.listener.sockets)) {
      answerPollsDirectly(socket as Socket, this.node, this.now);
    }
  }

  /** Closes the socket: the node stops answering until listen() is called again. */
  async close(): Promise<void> {
    const agent = this.agent;
    if (!agent) {
      return;
    }
    this.agent = null;
    const sockets = Object.keys(agent.listener.sockets).length;
    await new Promise<void>((resolve) => {
      let closed = 0;
      agent.close(() => {
        if (++closed === sockets) {
          resolve();
        }
      });
    });
  }
}

/**
 * Poll GETs are answered by answerPollGet; every other datagram goes on to net-snmp's own
 * handler, as before (walks, other objects, wrong communities, garbage).
 */
function answerPollsDirectly(socket: Socket, node: SimulatedNode, now: Clock): void {
  const netSnmpHandlers = socket.listeners('message') as ((...args: unknown[]) => void)[];
  socket.removeAllListeners('message');
  socket.on('message', (message: Buffer, remote: RemoteInfo) => {
    const answer = answerPollGet(node, now(), message);
    if (answer) socket.send(answer, remote.port, remote.address);
    else for (const handler of netSnmpHandlers) handler.call(socket, message, remote);
  });
}

function buildNodeMib(node: SimulatedNode, now: Clock): snmp.Mib {
  const mib = snmp.createMib();
  const identity = vendorIdentity(node.spec.vendor, node.spec.level);
  const scalars: [string, string, number, () => unknown][] = [
    ['sysDescr', SystemOid.sysDescr, snmp.ObjectType.OctetString, () => identity.sysDescr],
    ['sysObjectID', SystemOid.sysObjectID, snmp.ObjectType.OID, () => identity.sysObjectID],
    ['sysUpTime', SystemOid.sysUpTime, snmp.ObjectType.TimeTicks, () => node.sysUpTimeTicks(now())],
    ['sysName', SystemOid.sysName, snmp.ObjectType.OctetString, () => node.spec.hostname],
  ];
  for (const [name, oid, scalarType, valueNow] of scalars) {
    mib.registerProvider({
      name,
      type: snmp.MibProviderType.Scalar,
      oid,
      scalarType,
      maxAccess: READ_ONLY,
      handler: (request) => {
        request.instanceNode.value = valueNow();
        request.done();
      },
    });
    mib.setScalarValue(name, valueNow());
  }

  const column = (number: number, name: string, type: number): snmp.TableColumn => ({
    number,
    name,
    type,
    maxAccess: READ_ONLY,
  });
  // The row is found by the instance's ifIndex at request time, not when the MIB was built:
  // after a renumbering scenario the same ifIndex answers for another port.
  const tableHandler =
    (valueOf: (port: PortAt, column: number, atMs: number) => unknown) =>
    (request: snmp.MibRequest) => {
      const address = request.instanceNode.address;
      const ifIndex = address[address.length - 1];
      const iface = node.interfaces.get(ifIndex);
      if (iface) {
        request.instanceNode.value = valueOf(
          { iface, ifIndex, node },
          request.instanceNode.getTableColumnFromInstanceNode(),
          now(),
        );
      }
      request.done();
    };

  mib.registerProvider({
    name: 'ifTable',
    type: snmp.MibProviderType.Table,
    oid: IF_ENTRY_OID,
    maxAccess: snmp.MaxAccess['not-accessible'],
    tableColumns: [
      column(IfEntryColumn.ifIndex, 'ifIndex', snmp.ObjectType.Integer),
      column(IfEntryColumn.ifDescr, 'ifDescr', snmp.ObjectType.OctetString),
      column(IfEntryColumn.ifType, 'ifType', snmp.ObjectType.Integer),
      column(IfEntryColumn.ifSpeed, 'ifSpeed', snmp.ObjectType.Gauge32),
      column(IF_PHYS_ADDRESS_COLUMN, 'ifPhysAddress', snmp.ObjectType.OctetString),
      column(IfEntryColumn.ifAdminStatus, 'ifAdminStatus', snmp.ObjectType.Integer),
      column(IfEntryColumn.ifOperStatus, 'ifOperStatus', snmp.ObjectType.Integer),
      column(IfEntryColumn.ifInOctets, 'ifInOctets', snmp.ObjectType.Counter32),
      column(IfEntryColumn.ifOutOctets, 'ifOutOctets', snmp.ObjectType.Counter32),
    ],
    tableIndex: [{ columnName: 'ifIndex' }],
    handler: tableHandler(ifEntryValue),
  });
  mib.registerProvider({
    name: 'ifXTable',
    type: snmp.MibProviderType.Table,
    oid: IF_X_ENTRY_OID,
    maxAccess: snmp.MaxAccess['not-accessible'],
    tableColumns: [
      column(IfXEntryColumn.ifName, 'ifName', snmp.ObjectType.OctetString),
      column(IfXEntryColumn.ifHCInOctets, 'ifHCInOctets', snmp.ObjectType.Counter64),
      column(IfXEntryColumn.ifHCOutOctets, 'ifHCOutOctets', snmp.ObjectType.Counter64),
      column(IfXEntryColumn.ifHighSpeed, 'ifHighSpeed', snmp.ObjectType.Gauge32),
      column(IfXEntryColumn.ifAlias, 'ifAlias', snmp.ObjectType.OctetString),
    ],
    tableAugments: 'ifTable',
    handler: tableHandler(ifXEntryValue),
  });

  // Rows hold placeholders: the handlers overwrite every value when it is requested. net-snmp
  // validates a Counter64 placeholder as exactly 8 octets.
  const startMs = now();
  for (const [ifIndex, iface] of [...node.interfaces.entries()].sort(([a], [b]) => a - b)) {
    const port: PortAt = { iface, ifIndex, node };
    mib.addTableRow(
      'ifTable',
      IF_TABLE_COLUMNS.map((columnNumber) => ifEntryValue(port, columnNumber, startMs)),
    );
    const counter64Columns: number[] = [IfXEntryColumn.ifHCInOctets, IfXEntryColumn.ifHCOutOctets];
    // An augmenting row starts with the base table's index (ifIndex).
    mib.addTableRow('ifXTable', [
      ifIndex,
      ...Object.values(IfXEntryColumn).map((columnNumber) =>
        counter64Columns.includes(columnNumber)
          ? Buffer.alloc(8)
          : ifXEntryValue(port, columnNumber, startMs),
      ),
    ]);
  }
  return mib;
}
