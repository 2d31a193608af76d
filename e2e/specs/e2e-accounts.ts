import { join } from 'node:path';

/**
 * The first system admin's credentials in the e2e console. The launcher takes the initial
 * password from EXTRANET_INITIAL_ADMIN_PASSWORD (still forced to change at first sign-in).
 */
export const FIRST_ADMIN = {
  username: 'sysadmin',
  initialPassword: 'E2e-Initial#2026',
  changedPassword: 'E2e-Changed#2026-x',
};

/** Where the setup project leaves the signed-in browser state and the admin's TOTP secret. */
export const AUTH_DIR = join(__dirname, '..', '.auth');
export const ADMIN_STATE = join(AUTH_DIR, 'sysadmin.json');
export const ADMIN_TOTP_SECRET = join(AUTH_DIR, 'sysadmin.totp');
