import { safeReturnUrl } from './return-url';
import { ACCESS, homePathFor, mayOpenPath } from './route-access';
import { ADMIN_DUTIES, type Role, hasConflictingAdminDuties, isBlockedByAdminDuty } from './roles';

describe('route access', () => {
  it('when roles are given, then the home page is the first area they may see', () => {
    expect(homePathFor(['network_operator'])).toBe('/links/overview');
    expect(homePathFor(['system_admin'])).toBe('/links/overview');
    expect(homePathFor(['security_admin'])).toBe('/admin/accounts');
    expect(homePathFor(['audit_admin'])).toBe('/audit');
    expect(homePathFor([])).toBe('/account/sessions');
  });

  it('when the audit admin is checked, then only the audit trail and own pages are open', () => {
    expect(mayOpenPath(['audit_admin'], '/audit?result=denied')).toBeTrue();
    expect(mayOpenPath(['audit_admin'], '/account/password')).toBeTrue();
    expect(mayOpenPath(['audit_admin'], '/links/overview')).toBeFalse();
    expect(mayOpenPath(['audit_admin'], '/admin/accounts')).toBeFalse();
  });

  it('when the separated duties are compared, then none reads what another owns', () => {
    expect(ACCESS.audit).toEqual(['audit_admin']);
    expect(ACCESS.securityPolicy).toEqual(['security_admin']);
    const links: readonly Role[] = ACCESS.links;
    const accounts: readonly Role[] = ACCESS.adminAccounts;
    expect(links).not.toContain('security_admin');
    expect(links).not.toContain('audit_admin');
    expect(accounts).not.toContain('audit_admin');
  });

  it('when two admin duties are chosen, then that is a conflict and the others are blocked', () => {
    expect(ADMIN_DUTIES.length).toBe(3);
    expect(hasConflictingAdminDuties(['manager', 'system_admin'])).toBeFalse();
    expect(hasConflictingAdminDuties(['system_admin', 'audit_admin'])).toBeTrue();
    expect(isBlockedByAdminDuty(['system_admin'], 'audit_admin')).toBeTrue();
    expect(isBlockedByAdminDuty(['system_admin'], 'system_admin')).toBeFalse();
    expect(isBlockedByAdminDuty(['system_admin'], 'manager')).toBeFalse();
  });
});

describe('safeReturnUrl', () => {
  it('when the value is an in-app path, then it is kept with its query', () => {
    expect(safeReturnUrl('/links/uplinks?state=down')).toBe('/links/uplinks?state=down');
  });

  it('when the value could leave the console or loop, then it is refused', () => {
    for (const value of [
      null,
      '',
      'https://evil.example',
      '//evil.example/x',
      '/\\evil.example',
      'links',
      '/sign-in?returnUrl=/x',
      '/account/password',
    ]) {
      expect(safeReturnUrl(value)).withContext(String(value)).toBeNull();
    }
  });
});
