import type { TextEncoding } from '@extranet/database';
import type { VarBind } from 'snmp-native';
import type { NodeWalk } from './walk-store';
import {
  DISCOVERY_COLUMN_NAMES,
  DISCOVERY_SYSTEM_OIDS,
  DiscoveryColumn,
  type DiscoveryColumnName,
} from './interface-walk-columns';
import {
  parseInterfaceColumns,
  parseSystemGroup,
  type WalkedColumns,
} from './interface-walk-parsing';
import { WalkError, type SnmpBulkWalker, type WalkTarget } from './snmp-bulk-walker';

export interface WalkLimits {
  /** Rows per column at most (DISCOVERY_MAX_INTERFACES). */
  maxInterfaces: number;
  /** Whole walk of one node at most, ms (DISCOVERY_WALK_TIMEOUT_MS). */
  walkTimeoutMs: number;
}

/**
 * Walks one node: the system group, then each discovery column by GETBULK. ifName comes first
 * because it is the key rows are matched by. A walk cut by the row bound is partial: only the
 * ifIndexes every column reached are kept, so no row is stored half-read. A walk that runs out
 * of time, or lists no interface at all, is a failure (WalkError) and nothing is stored.
 */
export async function walkNode(
  walker: SnmpBulkWalker,
  target: WalkTarget,
  encoding: TextEncoding,
  limits: WalkLimits,
  now: () => number = Date.now,
): Promise<NodeWalk> {
  const deadlineMs = now() + limits.walkTimeoutMs;
  const system = parseSystemGroup(await walker.getScalars(target, DISCOVERY_SYSTEM_OIDS), encoding);
  const columns: WalkedColumns = {};
  let lastReachedIfIndex = Infinity;
  for (const name of orderedColumns()) {
    const walked = await walker.walkColumn(target, DiscoveryColumn[name].oid, {
      maxRows: limits.maxInterfaces,
      deadlineMs,
    });
    if (walked.cut === 'time') {
      throw new WalkError(
        `walk did not finish within ${Math.round(limits.walkTimeoutMs / 1000)} s ` +
          `(stopped in ${name}; DISCOVERY_WALK_TIMEOUT_MS)`,
      );
    }
    columns[name] = walked.varbinds;
    if (walked.cut === 'rows') {
      lastReachedIfIndex = Math.min(lastReachedIfIndex, lastIfIndexOf(walked.varbinds));
    }
  }
  const parsed = parseInterfaceColumns(columns, encoding);
  if (parsed.interfaces.length === 0) {
    // Every device has a port (it answered over one): an empty table is an SNMP view that
    // hides IF-MIB, and taking it at its word would mark every port, circuits included, gone.
    throw new WalkError(
      'the agent lists no interface in ifTable/ifXTable (is IF-MIB outside its SNMP view?); ' +
        'nothing was changed',
    );
  }
  const isComplete = lastReachedIfIndex === Infinity;
  const problems = [...parsed.problems];
  if (!isComplete) {
    problems.unshift(
      `interface table cut at ${limits.maxInterfaces} rows (ifIndex ${lastReachedIfIndex}; ` +
        'DISCOVERY_MAX_INTERFACES)',
    );
  }
  return {
    system,
    interfaces: parsed.interfaces.filter((iface) => iface.ifIndex <= lastReachedIfIndex),
    isComplete,
    problems,
  };
}

function orderedColumns(): DiscoveryColumnName[] {
  return ['ifName', ...DISCOVERY_COLUMN_NAMES.filter((name) => name !== 'ifName')];
}

function lastIfIndexOf(varbinds: readonly VarBind[]): number {
  const last = varbinds[varbinds.length - 1];
  return last ? last.oid[last.oid.length - 1] : 0;
}
