import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Helmet with a CSP the console runs under: Angular's production bundles and ECharts need no
 * inline script, but Angular Material, the CDK overlays and ECharts set inline `style`
 * attributes, hence 'unsafe-inline' for styles only. Charts exported as images and Material's
 * icons use data: URLs. Nothing is loaded from other origins: the extranet has no internet.
 */
/**
 * Angular's production build inlines critical CSS and loads the full stylesheet with
 * `<link media="print" onload="this.media='all'">`. That one handler is allowed by its hash
 * (CSP 3 'unsafe-hashes'); every other inline handler stays blocked. Without it the console
 * would render with its critical CSS only.
 */
export const STYLESHEET_ONLOAD_HASH = "'sha256-MhtPZXr7+LpJUY5qtMutB+qWfQtMaPccfe7QXtCcEYc='";

export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'unsafe-hashes'", STYLESHEET_ONLOAD_HASH],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // The console is served over plain HTTP on an internal network; upgrading would break it.
  upgradeInsecureRequests: null,
};

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // HSTS on an HTTP-only intranet service would lock browsers out if HTTPS is added later
    // on another port; the TLS-terminating proxy sets it when there is one.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
