import { existsSync } from 'node:fs';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerDMG } from '@electron-forge/maker-dmg';
import type { MakerRpmConfig } from '@electron-forge/maker-rpm';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/** The MIME type of `.journeymap` files, registered by the Linux packages. */
export const JOURNEYMAP_MIME_TYPE = 'application/x-journeymap';

/** The offline file-format documentation opened from Help (copied next to app.asar when present). */
const FORMAT_DOC = 'docs/file-format.md';

/**
 * Electron Forge 8: Vite builds of main, preload and renderer; fuses that switch off what the app does
 * not use; file association for `.journeymap`; makers for every desktop platform.
 */
const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    name: 'Journey Map',
    executableName: 'journeymap',
    appBundleId: 'app.journeymap.desktop',
    appCategoryType: 'public.app-category.productivity',
    ...(existsSync(FORMAT_DOC) ? { extraResource: [FORMAT_DOC] } : {}),
    extendInfo: {
      CFBundleDocumentTypes: [
        {
          CFBundleTypeName: 'Journey Map',
          CFBundleTypeRole: 'Editor',
          LSHandlerRank: 'Owner',
          LSItemContentTypes: ['app.journeymap.map'],
          CFBundleTypeExtensions: ['journeymap'],
          CFBundleTypeMIMETypes: [JOURNEYMAP_MIME_TYPE],
        },
      ],
      UTExportedTypeDeclarations: [
        {
          UTTypeIdentifier: 'app.journeymap.map',
          UTTypeDescription: 'Journey Map',
          UTTypeConformsTo: ['public.json', 'public.data'],
          UTTypeTagSpecification: {
            'public.filename-extension': ['journeymap'],
            'public.mime-type': [JOURNEYMAP_MIME_TYPE],
          },
        },
      ],
    },
  },
  rebuildConfig: {},
  makers: [
    new MakerSquirrel({ name: 'journeymap', setupExe: 'JourneyMapSetup.exe' }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDMG({ format: 'ULFO' }),
    new MakerDeb({
      options: {
        name: 'journeymap',
        productName: 'Journey Map',
        genericName: 'Customer Journey Map Editor',
        categories: ['Office'],
        mimeType: [JOURNEYMAP_MIME_TYPE],
      },
    }),
    // The RPM maker's latest release is 7.x, whose class types predate Forge 8: named here, Forge loads it.
    {
      name: '@electron-forge/maker-rpm',
      platforms: ['linux'],
      config: {
        options: {
          name: 'journeymap',
          productName: 'Journey Map',
          genericName: 'Customer Journey Map Editor',
          categories: ['Office'],
          mimeType: [JOURNEYMAP_MIME_TYPE],
        },
      } satisfies MakerRpmConfig,
    },
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // Kept on: the renderer loads from file://, and Chromium refuses module scripts from file:// pages
      // without these privileges. See docs/security.md ("Avoid the file:// protocol").
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
    }),
  ],
};

export default config;
