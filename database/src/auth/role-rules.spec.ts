import { Permission, Role } from './choices';
import {
  adminDutiesOf,
  hasPermission,
  holdsTwoAdminDuties,
  requiresTotp,
  rolesGrantableBy,
  ungrantableChanges,
} from './role-rules';

describe('role rules', () => {
  it('when an account holds two admin duties, then the combination is refused', () => {
    expect(holdsTwoAdminDuties([Role.SystemAdmin, Role.SecurityAdmin])).toBeTrue();
    expect(holdsTwoAdminDuties([Role.AuditAdmin, Role.SecurityAdmin, Role.Manager])).toBeTrue();
    expect(holdsTwoAdminDuties([Role.SystemAdmin, Role.NetworkOperator])).toBeFalse();
    expect(holdsTwoAdminDuties([Role.SystemAdmin, Role.SystemAdmin])).toBeFalse();
    expect(adminDutiesOf([Role.Manager, Role.AuditAdmin])).toEqual([Role.AuditAdmin]);
  });

  it('when roles are checked, then duties stay separated (least privilege)', () => {
    expect(hasPermission([Role.SystemAdmin], Permission.AuditRead)).toBeFalse();
    expect(hasPermission([Role.AuditAdmin], Permission.LinksRead)).toBeFalse();
    expect(hasPermission([Role.SecurityAdmin], Permission.LinksRead)).toBeFalse();
    expect(hasPermission([Role.SecurityAdmin], Permission.SecurityPolicyManage)).toBeTrue();
    expect(hasPermission([Role.Manager], Permission.NodesWrite)).toBeFalse();
    expect(hasPermission([Role.NetworkOperator], Permission.NodesWrite)).toBeTrue();
    expect(hasPermission([], Permission.LinksRead)).toBeFalse();
  });

  it('when an account holds an admin duty, then TOTP is required', () => {
    expect(requiresTotp([Role.AuditAdmin])).toBeTrue();
    expect(requiresTotp([Role.NetworkOperator, Role.Manager])).toBeFalse();
  });

  it('when no security or audit admin exists, then the system admin may grant only those duties', () => {
    const none = { hasActiveSecurityAdmin: false, hasActiveAuditAdmin: false };
    expect([...rolesGrantableBy([Role.SystemAdmin], none)].sort()).toEqual([
      Role.AuditAdmin,
      Role.SecurityAdmin,
    ]);
    const both = { hasActiveSecurityAdmin: true, hasActiveAuditAdmin: true };
    expect(rolesGrantableBy([Role.SystemAdmin], both).size).toBe(0);
    expect(rolesGrantableBy([Role.SecurityAdmin], both).size).toBe(6);
    expect(rolesGrantableBy([Role.Manager], none).size).toBe(0);
  });

  it('when a change adds or removes a role the actor may not grant, then it is named', () => {
    const holders = { hasActiveSecurityAdmin: true, hasActiveAuditAdmin: false };
    expect(ungrantableChanges([Role.SystemAdmin], holders, [], [Role.AuditAdmin])).toEqual([]);
    expect(
      ungrantableChanges([Role.SystemAdmin], holders, [Role.Manager], [Role.NetworkOperator]),
    ).toEqual([Role.NetworkOperator, Role.Manager]);
    expect(ungrantableChanges([Role.SystemAdmin], holders, [Role.Manager], [Role.Manager])).toEqual(
      [],
    );
  });
});
