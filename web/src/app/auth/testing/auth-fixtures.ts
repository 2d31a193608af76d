import type { Me } from '../auth-api.types';
import { type AuthState, SessionStatus, initialAuthState } from '../auth.feature';
import type { Role } from '../roles';

/** Specs only: a signed-in account (a Suizhou operator unless told otherwise). */
export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: 7,
    username: 'zhang.wei',
    displayName: '张伟',
    roles: ['network_operator'],
    scope: { unitCode: '4213', unitName: '随州市', departmentCodes: [] },
    mustChangePassword: false,
    totpEnabled: false,
    totpRequired: false,
    passwordExpiresAt: '2027-02-20T00:00:00.000Z',
    sessionExpiresAt: '2026-11-23T18:00:00.000Z',
    ...overrides,
  };
}

/** The `auth` slice of the root state for a signed-in account. */
export function signedInState(roles: Role[], overrides: Partial<Me> = {}): AuthState {
  return {
    ...initialAuthState,
    status: SessionStatus.SignedIn,
    account: aMe({ roles, ...overrides }),
  };
}

export const anonymousState: AuthState = { ...initialAuthState, status: SessionStatus.Anonymous };
