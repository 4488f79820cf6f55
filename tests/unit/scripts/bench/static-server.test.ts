import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, serveDirectory } from '../../../../scripts/bench/static-server';

const root = mkdtempSync(join(tmpdir(), 'bench-static-'));
mkdirSync(join(root, 'assets'));
writeFileSync(join(root, 'index.html'), '<p>hello</p>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the static server of the built pages', () => {
  it('maps request paths inside the root, "/" to index.html, and ignores queries and hashes', () => {
    expect(resolveRequestPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveRequestPath(root, '/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'));
  });

  it('never resolves a path that climbs out of the root, encoded or not', () => {
    for (const attempt of ['/../secret.txt', '/assets/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/..\\..\\x']) {
      const resolved = resolveRequestPath(root, attempt);
      if (resolved !== null) expect(resolved.startsWith(`${root}/`)).toBe(true);
    }
  });

  it('serves files with their content type and answers 404 for anything else', async () => {
    const server = await serveDirectory(root);
    try {
      const script = await fetch(`${server.url}/assets/app.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('content-type')).toContain('text/javascript');
      expect(await script.text()).toBe('console.log(1)');
      // Cross-origin isolated, so the pages' clock is precise enough to time 60 Hz frames.
      expect(script.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(script.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
      expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
      expect((await fetch(`${server.url}/assets`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
