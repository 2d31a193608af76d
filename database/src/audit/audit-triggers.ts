import type { QueryInterface } from 'sequelize';
import { AUDIT_EVENTS_TABLE, AUDIT_RETENTION_MARKER_TABLE } from './choices';

export const AUDIT_UPDATE_TRIGGER = 'audit_events_reject_update';
export const AUDIT_DELETE_TRIGGER = 'audit_events_reject_delete';

/** MySQL/MariaDB: the session variable the retention job sets inside its own transaction. */
export const MYSQL_RETENTION_VARIABLE = '@audit_retention';

const UPDATE_REFUSED = 'audit_events is append-only: UPDATE refused';
const DELETE_REFUSED = 'audit_events is append-only: DELETE refused outside the retention job';

/**
 * A second line of defence behind the HMAC chain: the database itself refuses to change audit
 * rows, so an application bug or a stray statement cannot. It does not stop a database
 * administrator (who can drop a trigger or set the variable); the chain is what detects that.
 * MySQL: UPDATE always refused; DELETE only while the session sets @audit_retention = 1.
 * SQLite: UPDATE always refused; DELETE only while audit_retention_marker has a row, which the
 * purge inserts and removes inside its own transaction, so no other connection ever sees it.
 */
export function auditTriggerStatements(dialect: string): string[] {
  if (dialect === 'sqlite') {
    return [
      `CREATE TRIGGER ${AUDIT_UPDATE_TRIGGER} BEFORE UPDATE ON ${AUDIT_EVENTS_TABLE}
       BEGIN SELECT RAISE(ABORT, '${UPDATE_REFUSED}'); END`,
      `CREATE TRIGGER ${AUDIT_DELETE_TRIGGER} BEFORE DELETE ON ${AUDIT_EVENTS_TABLE}
       WHEN NOT EXISTS (SELECT 1 FROM ${AUDIT_RETENTION_MARKER_TABLE})
       BEGIN SELECT RAISE(ABORT, '${DELETE_REFUSED}'); END`,
    ];
  }
  return [
    `CREATE TRIGGER ${AUDIT_UPDATE_TRIGGER} BEFORE UPDATE ON ${AUDIT_EVENTS_TABLE} FOR EACH ROW
     SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${UPDATE_REFUSED}'`,
    `CREATE TRIGGER ${AUDIT_DELETE_TRIGGER} BEFORE DELETE ON ${AUDIT_EVENTS_TABLE} FOR EACH ROW
     BEGIN
       IF ${MYSQL_RETENTION_VARIABLE} IS NULL OR ${MYSQL_RETENTION_VARIABLE} <> 1 THEN
         SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${DELETE_REFUSED}';
       END IF;
     END`,
  ];
}

export async function createAuditTriggers(queryInterface: QueryInterface): Promise<void> {
  for (const statement of auditTriggerStatements(queryInterface.sequelize.getDialect())) {
    await queryInterface.sequelize.query(statement);
  }
}
