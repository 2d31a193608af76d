import { TEXT_ENCODINGS, TextEncoding } from '@extranet/database';
import type { PollableNode } from '../poll-target-repository';
import type { ExpectedInterfaceNames } from '../snmp-node-reading';

/**
 * What the poll checks each member's port against: the ifName discovery stored for its
 * ifIndex, decoded the way discovery decodes (the node's override, else auto).
 */
export function expectedInterfaceNames(node: PollableNode): ExpectedInterfaceNames {
  const encoding = TEXT_ENCODINGS.includes(node.textEncoding as TextEncoding)
    ? (node.textEncoding as TextEncoding)
    : TextEncoding.Auto;
  return {
    byIfIndex: new Map(
      (node.uplink?.members ?? []).flatMap((member) =>
        member.ifName === undefined ? [] : [[member.ifIndex, member.ifName] as const],
      ),
    ),
    textEncoding: encoding,
  };
}
