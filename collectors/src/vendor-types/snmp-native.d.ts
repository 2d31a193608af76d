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

  /** A message built by hand (e.g. a GetBulkRequest) for Session.sendMsg. */
  export class Packet {
    version: number;
    community: string;
    pdu: {
      type: number;
      reqid: number;
      /** error-status; non-repeaters in a GetBulkRequest. */
      error: number;
      /** error-index; max-repetitions in a GetBulkRequest. */
      errorIndex: number;
      varbinds: { oid: number[]; type: number; value: unknown }[];
    };
  }

  /** Encodes a Packet (pdu.type counted from 0xa0: 0 GetRequest, 1 GetNextRequest, …). */
  export function encode(packet: Packet): Buffer;

  /** Parses a datagram (any PDU type) into a Packet; throws on what it cannot read. */
  export function parse(datagram: Buffer): Packet;

  export class Session extends EventEmitter {
    /** The session's UDP socket (bound at construction; undefined once closed). */
    socket?: import('node:dgram').Socket;
    sendMsg(packet: Packet, options: SessionOptions, callback: VarBindCallback): void;
    constructor(options?: SessionOptions);
    get(options: GetOptions, callback: VarBindCallback): void;
    getAll(options: GetAllOptions, callback: VarBindCallback): void;
    getSubtree(options: GetOptions & { combinedTimeout?: number }, callback: VarBindCallback): void;
    close(): void;
  }
}
