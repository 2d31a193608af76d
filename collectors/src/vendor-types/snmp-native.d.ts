// The subset of snmp-native 1.2 this workspace uses; the package ships no type declarations.
declare module 'snmp-native' {
  import { EventEmitter } from 'node:events';

  export type Oid = number[] | string;

  export interface VarBind {
    oid: number[];
    type: number;
    /** Decoded value; Counter64 loses precision above 2^53, so read valueRaw for it. */
    value: unknown;
    /** The value's BER content octets, undecoded. */
    valueRaw: Buffer;
    valueHex: string;
    sendStamp: number;
    receiveStamp: number;
    requestId: number;
  }

  export interface SessionOptions {
    host?: string;
    port?: number;
    community?: string;
    family?: 'udp4' | 'udp6';
    /** One entry per transmission; its length is the number of attempts. */
    timeouts?: number[];
    bindPort?: number;
  }

  export interface GetAllOptions extends SessionOptions {
    oids: Oid[];
    abortOnError?: boolean;
    combinedTimeout?: number;
  }

  export interface GetOptions extends SessionOptions {
    oid: Oid;
  }

  export type VarBindCallback = (error: Error | null, varbinds: VarBind[]) => void;

  export class Session extends EventEmitter {
    constructor(options?: SessionOptions);
    get(options: GetOptions, callback: VarBindCallback): void;
    getAll(options: GetAllOptions, callback: VarBindCallback): void;
    getSubtree(options: GetOptions & { combinedTimeout?: number }, callback: VarBindCallback): void;
    close(): void;
  }
}
