import type { Sequelize } from 'sequelize';
import type { ApiRoute } from '../platform/api-route';
import type { AuditContextFactory, AuditedWrites } from '../platform/audited-writes';
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

export interface LinksDependencies {
  sequelize: Sequelize;
  sealer: CommunitySealer;
  audited: AuditedWrites;
  auditContext: AuditContextFactory;
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
      new TrafficService(new TrafficRepository(sequelize), uplinksRepository),
    ),
    ...nodeRoutes(
      new NodesService(nodesRepository, unitsRepository, sealer, audited),
      auditContext,
    ),
    ...tierPolicyRoutes(
      new TierPoliciesService(new TierPoliciesRepository(sequelize), audited),
      auditContext,
    ),
  ];
}
