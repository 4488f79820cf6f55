/**
 * The renderer's strict Content-Security-Policy, in one place: vite.renderer.config.ts writes it into the
 * page's meta tag (production and dev server alike) and main adds it as a header to dev-server responses.
 * Development only adds the dev server's websocket for hot reload and, by hash, the inline scripts the dev
 * server itself injects (React Fast Refresh's preamble; see `scripts/dev-csp.ts`).
 */

/** A CSP hash source for one inline script: `'sha256-<base64 of the SHA-256 of its exact text>'`. */
const SCRIPT_HASH_SOURCE = /^'sha256-[A-Za-z0-9+/]{43}='$/;

/**
 * The policy for the built app (`dev` false) or for the Vite dev server (`dev` true).
 * `devInlineScriptHashes` are admitted in development only, one exact script each; anything that is not
 * a well-formed sha256 hash source (say `'unsafe-inline'`) is refused with an error, and production never
 * admits an inline script whatever is passed.
 */
export function contentSecurityPolicy(dev: boolean, devInlineScriptHashes: readonly string[] = []): string {
  const malformed = devInlineScriptHashes.find((source) => !SCRIPT_HASH_SOURCE.test(source));
  if (malformed !== undefined) throw new Error(`not a sha256 script hash source: ${malformed}`);
  const scriptSources = dev ? ["'self'", ...new Set(devInlineScriptHashes)] : ["'self'"];
  return [
    "default-src 'none'",
    `script-src ${scriptSources.join(' ')}`,
    // React Flow and React set element styles at run time; no inline <script> is ever allowed in production.
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
