import { describe, expect, it } from 'vitest';
import { initialScripts } from '../../../../scripts/bench/bundle-size';

describe("the renderer's initial JavaScript", () => {
  it('is the entry module script and its modulepreload links, in order, without CSS or duplicates', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="./assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="./assets/index-123.css">
      <link rel="modulepreload" href="./assets/vendor-def.js">
      </head><body><div id="root"></div></body></html>`;
    expect(initialScripts(html)).toEqual(['./assets/index-abc.js', './assets/vendor-def.js']);
  });

  it('ignores inline scripts, preloads of other kinds and scripts from other origins', () => {
    const html = `<script>window.x = 1</script>
      <link rel="preload" as="font" href="./assets/inter.woff2">
      <script src="https://example.com/tracker.js"></script>`;
    expect(initialScripts(html)).toEqual([]);
  });
});
