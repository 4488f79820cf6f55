/**
 * The architecture lint rules, checked by linting small snippets through ESLint's Node API as if they
 * were files in the tree (`lintText` with a `filePath`: the config applies by path, nothing is written).
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BAN = 'Open links only through openExternalSafely() in electron/main/external-links.ts (https only).';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The messages of the `shell.openExternal` ban for `code` placed at `filePath`. */
async function openExternalBans(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(`could not parse the snippet: ${fatal[0]?.message}`);
  return result.messages.filter((message) => message.ruleId === 'no-restricted-syntax' && message.message === BAN).map((message) => message.message);
}

const header = "import { shell } from 'electron';\nconst url = 'https://example.com/';\n";

/** Every way we know of reaching shell.openExternal without naming the helper. */
const reaches: Record<string, string> = {
  'member access': 'void shell.openExternal(url);',
  'computed access with a string': "void shell['openExternal'](url);",
  'computed access with double quotes': 'void shell["openExternal"](url);',
  'computed access with a template literal': 'void shell[`openExternal`](url);',
  'destructuring': 'const { openExternal } = shell;\nvoid openExternal(url);',
  'destructuring with a new name': 'const { openExternal: open } = shell;\nvoid open(url);',
  'destructuring a quoted key': "const { 'openExternal': open } = shell;\nvoid open(url);",
  'destructuring a computed key': "const { ['openExternal']: open } = shell;\nvoid open(url);",
  'destructuring in an assignment': 'let open: typeof shell.openPath;\n({ openExternal: open } = shell);\nvoid open(url);',
  'destructuring a parameter': 'export function go({ openExternal }: typeof shell): void {\n  void openExternal(url);\n}',
};

describe('eslint.config.js: shell.openExternal only through electron/main/external-links.ts', () => {
  it.each(Object.entries(reaches))('bans %s elsewhere in electron/', async (_name, code) => {
    const bans = await openExternalBans(`${header}${code}\n`, 'electron/main/links-elsewhere.ts');
    expect(bans.length).toBeGreaterThan(0);
  });

  it('bans it in the renderer too', async () => {
    expect(await openExternalBans(`${header}${reaches['destructuring']}\n`, 'renderer/api/links-elsewhere.ts')).not.toEqual([]);
  });

  it('allows every form in electron/main/external-links.ts itself', async () => {
    for (const [name, code] of Object.entries(reaches)) {
      expect(await openExternalBans(`${header}${code}\n`, 'electron/main/external-links.ts'), name).toEqual([]);
    }
  });

  it('leaves other shell methods, the safe helper and object literals that merely have the key alone', async () => {
    const code = [
      "import { openExternalSafely } from './external-links';",
      'void shell.openPath(url);',
      "void shell['showItemInFolder'](url);",
      'const { openPath } = shell;',
      'void openPath(url);',
      'void openExternalSafely(url);',
      'export const fakeShell = { openExternal: async (_url: string) => undefined };',
    ].join('\n');
    expect(await openExternalBans(`${header}${code}\n`, 'electron/main/links-elsewhere.ts')).toEqual([]);
  });
});
