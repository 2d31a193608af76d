import type { AuditResult } from './audit-trail';

/** Express-style route paths below /api, e.g. `/tier-policies/:id`, to name requests by. */
export interface RoutePattern {
  method: string;
  path: string;
}

export interface AuditedRequestName {
  /** `http.PATCH /api/tier-policies/:id`: the pattern, so one operation groups together. */
  action: string;
  objectType: string | null;
  objectId: string | null;
}

const MAX_LITERAL_PATH = 160;

/**
 * Names a request for the audit trail from its route pattern. The object is the last path
 * parameter and the literal segment before it (`/admin/accounts/:id/roles` → accounts, id);
 * kebab-case becomes snake_case to match service-recorded types (`tier_policies`). A request
 * no route claimed keeps its literal path, cut short.
 */
export function nameAuditedRequest(
  method: string,
  mountPath: string,
  requestPath: string,
  patterns: readonly RoutePattern[],
): AuditedRequestName {
  const upper = method.toUpperCase();
  const segments = splitPath(requestPath);
  const pattern = patterns.find(
    (candidate) =>
      candidate.method.toUpperCase() === upper && matches(splitPath(candidate.path), segments),
  );
  if (!pattern) {
    const literal = `${mountPath}${requestPath}`.slice(0, MAX_LITERAL_PATH);
    return { action: `http.${upper} ${literal}`, objectType: null, objectId: null };
  }
  const patternSegments = splitPath(pattern.path);
  const lastParam = lastIndexWhere(patternSegments, (segment) => segment.startsWith(':'));
  const typeSegment = lastParam > 0 ? patternSegments[lastParam - 1] : undefined;
  const isObvious = typeSegment !== undefined && !typeSegment.startsWith(':');
  return {
    action: `http.${upper} ${mountPath}${pattern.path}`,
    objectType: isObvious ? typeSegment.replace(/-/g, '_') : null,
    objectId: isObvious ? safeDecode(segments[lastParam]!) : null,
  };
}

/** 2xx/3xx → success; 403, or a refusal the guard marked → denied; anything else → failure. */
export function auditResultOf(status: number, isDenied: boolean): AuditResult {
  if (isDenied || status === 403) return 'denied';
  return status >= 200 && status < 400 ? 'success' : 'failure';
}

function lastIndexWhere(items: readonly string[], test: (item: string) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (test(items[index]!)) return index;
  return -1;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matches(pattern: string[], segments: string[]): boolean {
  return (
    pattern.length === segments.length &&
    pattern.every((part, index) => part.startsWith(':') || part === segments[index])
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
