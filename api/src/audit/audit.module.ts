import type { Sequelize } from 'sequelize';
import type { ApiRoute } from '../platform/api-route';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditEventsService } from './audit-events.service';
import { auditRoutes } from './audit.routes';
import type { AuditTrail } from './audit-trail';

/** Wires the audit domain: repository → service → routes. */
export function auditModuleRoutes(sequelize: Sequelize, trail: AuditTrail): ApiRoute[] {
  return auditRoutes(
    new AuditEventsService(sequelize, new AuditEventsRepository(sequelize), trail),
  );
}
