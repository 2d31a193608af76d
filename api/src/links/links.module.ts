import { readTrafficRetention } from '@extranet/database';
import type { Sequelize } from 'sequelize';
import type { ApiRoute } from '../platform/api-route';
import type { AuditContextFactory, AuditedWrites } from '../platform/audited-writes';
import type { Clock } from '../platform/clock';
import { NodesRepository } from './nodes.repository';
import { nodeRoutes } from './nodes.routes';
import { NodesService, type CommunitySealer } from './nodes.service';
import { OverviewRepository } from './overview.repository';
import { overviewRoutes } from './overview.routes';
import { OverviewService } from './overview.service';
import { TierPoliciesRepository } from './tier-policies.repository';
import { tierPolicyRoutes } from './tier-policies.routes';
import { TierPoliciesService } from './tier-policies.service';
import { TrafficRepository } from './traffic.repository';
import { TrafficService } from './traffic.service';
import { UnitsRepository } from './units.repository';
import { unitRoutes } from './units.routes';
import { UnitsService } from './units.service';
import { UplinksRepository } from './uplinks.repository';
import { uplinkRoutes } from './uplinks.routes';
import { UplinksService } from './uplinks.service';
import { AlertsRepository } from './alerts.repository';
import { alertRoutes } from './alerts.routes';
import { AlertsService } from './alerts.service';
import { AlertRulesRepository } from './alerts.rules-repository';
import { alertRuleRoutes } from './alerts.rules-routes';
import { AlertRulesService } from './alerts.rules-service';
import { AvailabilityRepository } from './availability.repository';
import { availabilityRoutes } from './availability.routes';
import { AvailabilityService } from './availability.service';
import { CollectorStatusRepository } from './collector-status.repository';
import { collectorStatusRoutes } from './collector-status.routes';
import { CollectorStatusService, metricsEndpointFromEnvironment } from './collector-status.service';
import { StateHistoryRepository } from './state-history.repository';
import { stateHistoryRoutes } from './state-history.routes';
import { StateHistoryService } from './state-history.service';

export interface LinksDependencies {
  sequelize: Sequelize;
  sealer: CommunitySealer;
  audited: AuditedWrites;
  auditContext: AuditContextFactory;
  /** The time source of the monitoring services (tests move it); the system clock by default. */
  clock?: Clock;
}

/** Wires the links domain: repositories → services → routes. */
export function linksRoutes(deps: LinksDependencies): ApiRoute[] {
  const { sequelize, sealer, audited, auditContext } = deps;
  const uplinksRepository = new UplinksRepository(sequelize);
  const unitsRepository = new UnitsRepository(sequelize);
  const nodesRepository = new NodesRepository(sequelize);
  return [
    ...overviewRoutes(new OverviewService(new OverviewRepository(sequelize))),
    ...unitRoutes(new UnitsService(unitsRepository, uplinksRepository)),
    ...uplinkRoutes(
      new UplinksService(uplinksRepository, unitsRepository, nodesRepository),
      new TrafficService(
        new TrafficRepository(sequelize),
        uplinksRepository,
        readTrafficRetention(process.env),
      ),
    ),
    ...nodeRoutes(
      new NodesService(nodesRepository, unitsRepository, sealer, audited, deps.clock),
      auditContext,
    ),
    ...tierPolicyRoutes(
      new TierPoliciesService(new TierPoliciesRepository(sequelize), audited),
      auditContext,
    ),
    ...monitoringRoutes(deps, uplinksRepository, unitsRepository),
  ];
}

/** Monitoring console: state history, availability, alerts and their rules, collectors. */
function monitoringRoutes(
  deps: LinksDependencies,
  uplinksRepository: UplinksRepository,
  unitsRepository: UnitsRepository,
): ApiRoute[] {
  const { sequelize, sealer, audited, auditContext } = deps;
  const stateHistory = new StateHistoryService(
    new StateHistoryRepository(sequelize),
    uplinksRepository,
    deps.clock,
  );
  return [
    ...stateHistoryRoutes(stateHistory),
    ...availabilityRoutes(
      new AvailabilityService(
        new AvailabilityRepository(sequelize),
        stateHistory,
        unitsRepository,
        deps.clock,
      ),
    ),
    ...alertRoutes(
      new AlertsService(new AlertsRepository(sequelize), audited, deps.clock),
      auditContext,
    ),
    ...alertRuleRoutes(
      new AlertRulesService(new AlertRulesRepository(), sealer, audited, deps.clock),
      auditContext,
    ),
    ...collectorStatusRoutes(
      new CollectorStatusService(
        new CollectorStatusRepository(sequelize),
        metricsEndpointFromEnvironment(),
        deps.clock,
      ),
    ),
  ];
}
