/** Pages that make no sense to return to after signing in. */
const NOT_RETURNABLE = ['/sign-in', '/account/password', '/access-denied'];

/**
 * A `returnUrl` query value the console may navigate to: an in-app absolute path only, so a
 * crafted link cannot send a freshly signed-in user elsewhere (`//host`, `https:`, `\\host`).
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return null;
  }
  const path = value.split(/[?#]/)[0];
  return NOT_RETURNABLE.some((page) => path === page || path.startsWith(`${page}/`)) ? null : value;
}
