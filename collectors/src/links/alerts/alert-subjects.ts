import { AlertKind, AlertSubjectType, type AlertKind as Kind } from '@extranet/database';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';
import { epochMs } from './alert-engine-reads';

/** What an alert says about its subject, read when it is raised. */
export interface SubjectDescription {
  unitCode: string | null;
  /** zh-CN, for exports and webhooks. */
  summary: string;
  /** For the console to translate: names, reason code and params, figures. */
  details: Record<string, unknown>;
}

const SUMMARY_PREFIX: Record<Kind, string> = {
  [AlertKind.UplinkDown]: '上联中断',
  [AlertKind.RedundancyLost]: '上联冗余丢失',
  [AlertKind.Congested]: '上联拥塞',
  [AlertKind.UnderProvisioned]: '上联带宽不足',
  [AlertKind.NodeUnreachable]: '节点无响应',
  [AlertKind.CollectorStale]: '采集器心跳超时',
};

/** Reads the subjects of the alerts about to be raised (a handful per run) and describes them. */
export async function describeSubjects(
  sequelize: Sequelize,
  transaction: Transaction,
  kind: Kind,
  subjectType: AlertSubjectType,
  subjectIds: readonly string[],
): Promise<Map<string, SubjectDescription>> {
  if (subjectIds.length === 0) return new Map();
  const select = <T extends object>(sql: string): Promise<T[]> =>
    sequelize.query<T>(sql, {
      type: QueryTypes.SELECT,
      replacements: { ids: [...subjectIds] },
      transaction,
    });
  const descriptions = new Map<string, SubjectDescription>();
  if (subjectType === AlertSubjectType.Uplink) {
    const rows = await select<UplinkRow>(
      `SELECT u.id, u.child_unit_code AS unitCode, cu.name AS unitName, pu.name AS parentName,
         u.state, u.state_reason AS stateReason, u.utilisation,
         (SELECT c.reason_code FROM uplink_state_changes c WHERE c.uplink_id = u.id
           ORDER BY c.changed_at DESC, c.id DESC LIMIT 1) AS reasonCode,
         (SELECT c.reason_params FROM uplink_state_changes c WHERE c.uplink_id = u.id
           ORDER BY c.changed_at DESC, c.id DESC LIMIT 1) AS reasonParams
       FROM uplinks u JOIN admin_units cu ON cu.code = u.child_unit_code
       JOIN admin_units pu ON pu.code = u.parent_unit_code WHERE u.id IN (:ids)`,
    );
    for (const row of rows) descriptions.set(String(row.id), describeUplink(kind, row));
  } else if (subjectType === AlertSubjectType.Node) {
    const rows = await select<NodeRow>(
      `SELECT n.id, n.unit_code AS unitCode, au.name AS unitName, n.hostname,
         n.mgmt_address AS mgmtAddress, n.consecutive_failures AS consecutiveFailures,
         n.last_poll_error AS lastPollError
       FROM nodes n JOIN admin_units au ON au.code = n.unit_code WHERE n.id IN (:ids)`,
    );
    for (const row of rows) {
      descriptions.set(String(row.id), {
        unitCode: row.unitCode,
        summary: `${row.unitName} ${row.hostname} ${SUMMARY_PREFIX[kind]}`,
        details: {
          unitName: row.unitName,
          hostname: row.hostname,
          mgmtAddress: row.mgmtAddress,
          consecutiveFailures: Number(row.consecutiveFailures),
          lastPollError: row.lastPollError,
        },
      });
    }
  } else {
    const rows = await select<CollectorRow>(
      `SELECT id, hostname, pid, heartbeat_at AS heartbeatAt FROM collector_instances
       WHERE id IN (:ids)`,
    );
    for (const row of rows) {
      descriptions.set(row.id, {
        unitCode: null,
        summary: `${SUMMARY_PREFIX[kind]}：${row.id}（${row.hostname}）`,
        details: {
          hostname: row.hostname,
          pid: Number(row.pid),
          heartbeatAt: new Date(epochMs(row.heartbeatAt)).toISOString(),
        },
      });
    }
  }
  return descriptions;
}

interface UplinkRow {
  id: unknown;
  unitCode: string;
  unitName: string;
  parentName: string;
  state: string;
  stateReason: string | null;
  utilisation: unknown;
  reasonCode: string | null;
  reasonParams: string | null;
}

interface NodeRow {
  id: unknown;
  unitCode: string;
  unitName: string;
  hostname: string;
  mgmtAddress: string;
  consecutiveFailures: unknown;
  lastPollError: string | null;
}

interface CollectorRow {
  id: string;
  hostname: string;
  pid: unknown;
  heartbeatAt: unknown;
}

function describeUplink(kind: Kind, row: UplinkRow): SubjectDescription {
  const utilisation = row.utilisation === null ? null : Number(row.utilisation);
  const detail =
    kind === AlertKind.Congested && utilisation !== null
      ? `利用率${Math.round(utilisation * 100)}%`
      : (row.stateReason ?? '');
  return {
    unitCode: row.unitCode,
    summary:
      `${row.unitName}→${row.parentName} ${SUMMARY_PREFIX[kind]}${detail ? `：${detail}` : ''}`.slice(
        0,
        255,
      ),
    details: {
      unitName: row.unitName,
      parentName: row.parentName,
      state: row.state,
      utilisation,
      reasonCode: row.reasonCode,
      reasonParams: row.reasonParams ? (JSON.parse(row.reasonParams) as unknown) : null,
    },
  };
}
