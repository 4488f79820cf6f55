/**
 * The renderer's Content-Security-Policy, for the HTTP header main adds to dev-server responses. The
 * production build carries the same policy in a meta tag (vite.renderer.config.ts writes it); a unit test
 * keeps the two identical.
 */
export function contentSecurityPolicy(dev: boolean): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
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
