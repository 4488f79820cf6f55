import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/csp';

const PREAMBLE_HASH = "'sha256-Z2/iFzh9VMlVkEOar1f/oSHWwQk3ve1qk/C2WdsC4Xk='";

function directive(policy: string, name: string): string | undefined {
  return policy
    .split('; ')
    .find((entry) => entry.startsWith(`${name} `))
    ?.slice(name.length + 1);
}

describe('contentSecurityPolicy', () => {
  it('allows no inline or remote script and no network in production', () => {
    const policy = contentSecurityPolicy(false);
    expect(directive(policy, 'script-src')).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:|sha256-/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy.startsWith("default-src 'none'")).toBe(true);
  });

  it('admits no inline script in production even when dev hashes are passed', () => {
    expect(contentSecurityPolicy(false, [PREAMBLE_HASH])).toBe(contentSecurityPolicy(false));
  });

  it('only adds the local dev server and the given inline-script hashes in development', () => {
    const dev = contentSecurityPolicy(true, [PREAMBLE_HASH]);
    expect(directive(dev, 'script-src')).toBe(`'self' ${PREAMBLE_HASH}`);
    expect(dev).toContain('ws://localhost:*');
    expect(dev.replace(/ ws:\/\/localhost:\* http:\/\/localhost:\*/, '').replace(` ${PREAMBLE_HASH}`, '')).toBe(contentSecurityPolicy(false));
    expect(directive(contentSecurityPolicy(true), 'script-src')).toBe("'self'");
  });

  it("refuses anything but a sha256 hash source as a dev script source, so 'unsafe-inline' cannot slip in", () => {
    for (const source of ["'unsafe-inline'", "'unsafe-eval'", '*', 'https://cdn.example', "'sha256-short='", `${PREAMBLE_HASH}; script-src *`]) {
      expect(() => contentSecurityPolicy(true, [source]), source).toThrow(/not a sha256 script hash source/);
    }
  });

  it('is applied to the renderer page through its meta tag placeholder', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="%CONTENT_SECURITY_POLICY%"/);
  });
});
