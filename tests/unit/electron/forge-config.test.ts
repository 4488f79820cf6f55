import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import config, { JOURNEYMAP_MIME_TYPE } from '../../../forge.config';

type Named = { name?: string; fusesConfig?: Record<string | number, unknown>; config?: unknown };

function plugin(name: string): Named {
  const found = (config.plugins ?? []).find((candidate) => (candidate as Named).name === name);
  if (!found) throw new Error(`no plugin ${name}`);
  return found as Named;
}

describe('forge.config', () => {
  it('flips the fuses the app does not need', () => {
    const fuses = plugin('fuses').fusesConfig ?? {};
    expect(fuses.version).toBe(FuseVersion.V1);
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('builds main and preload with Vite and names the renderer main_window', () => {
    const vite = plugin('vite').config as { build: { entry: string; config: string; target?: string }[]; renderer: { name: string; config: string }[] };
    expect(vite.build).toEqual([
      { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
      { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
    ]);
    expect(vite.renderer).toEqual([{ name: 'main_window', config: 'vite.renderer.config.ts' }]);
  });

  it('packages into an asar with the journeymap executable and the .journeymap file type', () => {
    const packager = config.packagerConfig ?? {};
    expect(packager.asar).toBe(true);
    expect(packager.executableName).toBe('journeymap');
    const info = packager.extendInfo as { CFBundleDocumentTypes: { CFBundleTypeExtensions: string[] }[]; UTExportedTypeDeclarations: unknown[] };
    expect(info.CFBundleDocumentTypes[0]?.CFBundleTypeExtensions).toEqual(['journeymap']);
    expect(JSON.stringify(info.UTExportedTypeDeclarations)).toContain(JOURNEYMAP_MIME_TYPE);
  });

  it('makes zip, deb, rpm, Squirrel and DMG packages, registering the MIME type on Linux', () => {
    type MakerConfig = { options?: { mimeType?: string[] } };
    // A maker instance keeps its options until Forge prepares it; a named maker has them in `config`.
    const makers = (config.makers ?? []).map((maker) => {
      const entry = maker as { name: string; config?: MakerConfig; configOrConfigFetcher?: MakerConfig };
      return { name: entry.name, config: entry.configOrConfigFetcher ?? entry.config };
    });
    expect(makers.map((maker) => maker.name).sort()).toEqual(['@electron-forge/maker-rpm', 'deb', 'dmg', 'squirrel', 'zip'].sort());
    const deb = makers.find((maker) => maker.name === 'deb');
    const rpm = makers.find((maker) => maker.name === '@electron-forge/maker-rpm');
    expect(deb?.config?.options?.mimeType).toEqual([JOURNEYMAP_MIME_TYPE]);
    expect(rpm?.config?.options?.mimeType).toEqual([JOURNEYMAP_MIME_TYPE]);
  });
});
