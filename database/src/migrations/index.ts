import type { QueryInterface } from 'sequelize';
import * as extranetCore from './0001-extranet-core';
import * as collectorCycles from './0002-collector-cycles';
import * as accountsAndSessions from './0003-accounts-and-sessions';
import * as auditTrail from './0004-audit-trail';
import * as counterWidthAndDiscontinuity from './0005-counter-width-and-discontinuity';
import * as interfaceDiscovery from './0006-interface-discovery';
import * as collectorRuntime from './0007-collector-runtime';
import * as trafficRollups from './0008-traffic-rollups';
import * as alerts from './0009-alerts';

export interface Migration {
  name: string;
  up(queryInterface: QueryInterface): Promise<void>;
}

/** Every migration, in order. Forward-only: a shipped migration is never edited, only followed. */
export const MIGRATIONS: readonly Migration[] = [
  { name: '0001-extranet-core', up: extranetCore.up },
  { name: '0002-collector-cycles', up: collectorCycles.up },
  { name: '0003-accounts-and-sessions', up: accountsAndSessions.up },
  { name: '0004-audit-trail', up: auditTrail.up },
  { name: '0005-counter-width-and-discontinuity', up: counterWidthAndDiscontinuity.up },
  { name: '0006-interface-discovery', up: interfaceDiscovery.up },
  { name: '0007-collector-runtime', up: collectorRuntime.up },
  { name: '0008-traffic-rollups', up: trafficRollups.up },
  { name: '0009-alerts', up: alerts.up },
];
