/**
 * The renderer's strict Content-Security-Policy, in one place: vite.renderer.config.ts writes it into the
 * page's meta tag (production and dev server alike) and main adds it as a header to dev-server responses.
 * Development only adds the dev server's websocket for hot reload.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // React Flow and React set element styles at run time; no inline <script> is ever allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    dev ? "connect-src 'self' ws://localhost:* http://localhost:*" : "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}
