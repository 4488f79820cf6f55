import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/csp';

describe('contentSecurityPolicy', () => {
  it('allows no inline or remote script and no network in production', () => {
    const policy = contentSecurityPolicy(false);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy.startsWith("default-src 'none'")).toBe(true);
  });

  it('only adds the local dev server in development', () => {
    const dev = contentSecurityPolicy(true);
    expect(dev).toContain('ws://localhost:*');
    expect(dev.replace(/ ws:\/\/localhost:\* http:\/\/localhost:\*/, '')).toBe(contentSecurityPolicy(false));
  });

  it('is applied to the renderer page through its meta tag placeholder', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="%CONTENT_SECURITY_POLICY%"/);
  });
});
