import { describe, expect, it, vi } from 'vitest';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, runCliExport, type CliExportDeps } from '../../../../electron/main/cli-export';
import type { ReadDocumentResult } from '../../../../electron/main/document-files';
import { SAMPLE_MAP } from '../../../reliability/support/ipc-samples';

const request = { kind: 'export-pdf', input: '/maps/claims.journeymap', output: '/out/claims.pdf', format: 'poster-a3' } as const;
const loaded: ReadDocumentResult = {
  ok: true,
  document: { map: SAMPLE_MAP, info: { fileName: 'claims.journeymap', readOnly: false }, warnings: [] },
  fingerprint: { size: 1, mtimeMs: 1, sha256: 'x' },
};

function deps(overrides: Partial<CliExportDeps> = {}) {
  const output = { stdout: '', stderr: '' };
  const all: CliExportDeps = {
    readDocument: vi.fn(async () => loaded),
    printToPdf: vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46])),
    writeFile: vi.fn(async () => undefined),
    stdout: (text) => void (output.stdout += text),
    stderr: (text) => void (output.stderr += text),
    ...overrides,
  };
  return { all, output };
}

describe('runCliExport', () => {
  it('prints the map with every section in the chosen format and writes the PDF', async () => {
    const { all, output } = deps();
    expect(await runCliExport(request, all)).toBe(EXIT_OK);
    expect(all.printToPdf).toHaveBeenCalledWith({
      map: SAMPLE_MAP,
      options: { format: 'poster-a3', sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } },
    });
    expect(all.writeFile).toHaveBeenCalledWith('/out/claims.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(output.stdout).toContain('Wrote /out/claims.pdf');
    expect(output.stderr).toBe('');
  });

  it('exits 2 with the usage for a command-line mistake', async () => {
    const { all, output } = deps();
    expect(await runCliExport({ kind: 'invalid', message: 'Usage: journeymap …' }, all)).toBe(EXIT_USAGE);
    expect(output.stderr).toBe('Usage: journeymap …\n');
  });

  it('exits 1 with the loader message when the map cannot be read', async () => {
    const { all, output } = deps({ readDocument: async () => ({ ok: false, code: 'version-too-new', message: 'Made by a newer version.' }) });
    expect(await runCliExport(request, all)).toBe(EXIT_FAILED);
    expect(output.stderr).toBe('Could not open claims.journeymap: Made by a newer version.\n');
    expect(all.writeFile).not.toHaveBeenCalled();
  });

  it('exits 1 when printing fails, writing nothing', async () => {
    const { all, output } = deps({ printToPdf: async () => Promise.reject(new Error('The PDF was not ready after 60 seconds.')) });
    expect(await runCliExport(request, all)).toBe(EXIT_FAILED);
    expect(output.stderr).toContain('not ready after 60 seconds');
    expect(all.writeFile).not.toHaveBeenCalled();
  });

  it('exits 1 with a plain message when the PDF cannot be written', async () => {
    const { all, output } = deps({ writeFile: async () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOSPC' })) });
    expect(await runCliExport(request, all)).toBe(EXIT_FAILED);
    expect(output.stderr).toMatch(/disk is full/);
  });
});
