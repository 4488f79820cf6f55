import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../electron/main/csp';
import { contentSecurityPolicy as rendererPolicy } from '../../../../vite.renderer.config';

describe('contentSecurityPolicy', () => {
  it('is the same policy the renderer build writes into its meta tag', () => {
    expect(contentSecurityPolicy(true)).toBe(rendererPolicy(true));
    expect(contentSecurityPolicy(false)).toBe(rendererPolicy(false));
  });

  it('allows no inline or remote script and no network in production', () => {
    const policy = contentSecurityPolicy(false);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|https?:/);
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
  });
});
