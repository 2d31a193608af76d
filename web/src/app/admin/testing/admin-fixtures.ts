import type { AccountPage, AccountSummary } from '../accounts/accounts-api.types';

/** Specs only: an account as the admin list shows it. */
export function anAccount(overrides: Partial<AccountSummary> = {}): AccountSummary {
  return {
    id: 11,
    username: 'li.na',
    displayName: '李娜',
    roles: ['network_operator'],
    scope: { unitCode: '4213', unitName: '随州市', departmentCodes: [] },
    isDisabled: false,
    isLocked: false,
    lockedUntil: null,
    failedSignIns: 0,
    mustChangePassword: false,
    totpEnabled: false,
    passwordChangedAt: '2026-11-01T00:00:00.000Z',
    passwordExpiresAt: '2027-01-30T00:00:00.000Z',
    lastSignInAt: '2026-11-22T01:30:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function anAccountPage(items: AccountSummary[], total = items.length): AccountPage {
  return { items, total, page: 1, pageSize: 25 };
}
