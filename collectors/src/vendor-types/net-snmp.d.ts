// The subset of net-snmp 3.x's agent API the simulator uses; the package ships no declarations.
declare module 'net-snmp' {
  export const ObjectType: {
    Integer: number;
    OctetString: number;
    OID: number;
    Counter: number;
    Counter32: number;
    Gauge: number;
    Gauge32: number;
    TimeTicks: number;
    Counter64: number;
  };
  export const MibProviderType: { Scalar: number; Table: number };
  export const MaxAccess: Record<
    'not-accessible' | 'accessible-for-notify' | 'read-only' | 'read-write' | 'read-create',
    number
  >;
  export const ErrorStatus: { NoError: number; GeneralError: number };

  export interface MibNode {
    address: number[];
    oid: string;
    value: unknown;
    valueType: number;
    getTableColumnFromInstanceNode(): number;
  }

  export interface MibRequest {
    oid: string;
    operation: number;
    instanceNode: MibNode;
    done(error?: { errorStatus: number }): void;
  }

  export interface TableColumn {
    number: number;
    name: string;
    type: number;
    maxAccess: number;
  }

  export interface ScalarProvider {
    name: string;
    type: number;
    oid: string;
    scalarType: number;
    maxAccess: number;
    handler?: (request: MibRequest) => void;
  }

  export interface TableProvider {
    name: string;
    type: number;
    oid: string;
    maxAccess: number;
    tableColumns: TableColumn[];
    tableIndex?: { columnName?: string; columnNumber?: number }[];
    tableAugments?: string;
    handler?: (request: MibRequest) => void;
  }

  export interface Mib {
    registerProvider(provider: ScalarProvider | TableProvider): void;
    setScalarValue(name: string, value: unknown): void;
    addTableRow(table: string, row: unknown[]): void;
  }

  export interface Authorizer {
    addCommunity(community: string): void;
    getCommunities(): string[];
  }

  export interface AgentOptions {
    port: number;
    address: string;
    transport?: 'udp4' | 'udp6';
    disableAuthorization?: boolean;
    accessControlModelType?: number;
  }

  export interface Agent {
    getMib(): Mib;
    getAuthorizer(): Authorizer;
    close(callback?: (socket: { address: string; port: number }) => void): void;
    listener: { sockets: Record<string, import('node:dgram').Socket> };
  }

  export type AgentCallback = (error: (Error & { rinfo?: unknown }) | null, data?: unknown) => void;

  export function createAgent(options: AgentOptions, callback: AgentCallback, mib?: Mib): Agent;
  export function createMib(options?: object): Mib;
}
