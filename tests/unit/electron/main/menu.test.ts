import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, recentFileLabel, type MenuActions, type MenuState } from '../../../../electron/main/menu';

const state: MenuState = {
  appName: 'Journey Map',
  isDevelopment: false,
  hasDocumentWindow: true,
  recentFiles: ['/home/dana/maps/claims.journeymap'],
  templates: [
    { id: 'blank', name: 'Blank map' },
    { id: 'auto-insurance', name: 'Auto insurance' },
  ],
  theme: 'dark',
};

function actions(): MenuActions {
  return {
    newDocument: vi.fn(),
    open: vi.fn(),
    openForReview: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    command: vi.fn(),
    closeWindow: vi.fn(),
    setTheme: vi.fn(),
    showAbout: vi.fn(),
    openFormatDocs: vi.fn(),
  };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function item(items: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(menuItem: MenuItemConstructorOptions): void {
  (menuItem.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('uses the usual accelerators for file commands', () => {
    const menu = buildMenuTemplate(state, 'win32', actions());
    expect(item(menu, 'file.new').accelerator).toBe('CmdOrCtrl+N');
    expect(item(menu, 'file.open').accelerator).toBe('CmdOrCtrl+O');
    expect(item(menu, 'file.save').accelerator).toBe('CmdOrCtrl+S');
    expect(item(menu, 'file.save-as').accelerator).toBe('Shift+CmdOrCtrl+S');
    expect(item(menu, 'file.close').accelerator).toBe('CmdOrCtrl+W');
  });

  it('sends edit commands to the renderer instead of using native roles', () => {
    const menuActions = actions();
    const menu = buildMenuTemplate(state, 'linux', menuActions);
    for (const [id, command] of [
      ['edit.undo', 'undo'],
      ['edit.redo', 'redo'],
      ['edit.cut', 'cut'],
      ['edit.copy', 'copy'],
      ['edit.paste', 'paste'],
      ['edit.duplicate', 'duplicate'],
      ['edit.delete', 'delete'],
      ['edit.select-all', 'select-all'],
    ] as const) {
      const entry = item(menu, id);
      expect(entry.role).toBeUndefined();
      click(entry);
      expect(menuActions.command).toHaveBeenLastCalledWith(command);
    }
    expect(item(menu, 'edit.undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(menu, 'edit.redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
  });

  it('has Edit ▸ Duplicate with CmdOrCtrl+D, after Paste, disabled without a document window', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const menu = buildMenuTemplate(state, platform, actions());
      const edit = item(menu, 'edit').submenu as MenuItemConstructorOptions[];
      const ids = edit.map((entry) => entry.id);
      expect(ids.indexOf('edit.duplicate'), platform).toBe(ids.indexOf('edit.paste') + 1);
      expect(item(menu, 'edit.duplicate')).toMatchObject({ label: 'Duplicate', accelerator: 'CmdOrCtrl+D', enabled: true });
    }
    expect(item(buildMenuTemplate({ ...state, hasDocumentWindow: false }, 'darwin', actions()), 'edit.duplicate').enabled).toBe(false);
  });

  it('adds Ctrl+Y for Redo on Windows and Linux but not on macOS', () => {
    expect(item(buildMenuTemplate(state, 'win32', actions()), 'edit.redo-alternative')).toMatchObject({ accelerator: 'Ctrl+Y', visible: false });
    expect(flatten(buildMenuTemplate(state, 'darwin', actions())).some((entry) => entry.id === 'edit.redo-alternative')).toBe(false);
  });

  it('does not register the Delete key, so text fields keep it', () => {
    const entry = item(buildMenuTemplate(state, 'linux', actions()), 'edit.delete');
    expect(entry.registerAccelerator).toBe(false);
    expect(item(buildMenuTemplate(state, 'darwin', actions()), 'edit.delete').accelerator).toBeUndefined();
  });

  it('lists the templates and opens a new map from the one chosen', () => {
    const menuActions = actions();
    const menu = buildMenuTemplate(state, 'linux', menuActions);
    const submenu = item(menu, 'file.new-from-template').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((entry) => entry.label)).toEqual(['Blank map', 'Auto insurance']);
    click(item(menu, 'file.template.auto-insurance'));
    expect(menuActions.newDocument).toHaveBeenCalledWith('auto-insurance');
  });

  it('lists recent files by name and folder and reopens them', () => {
    const menuActions = actions();
    const menu = buildMenuTemplate(state, 'linux', menuActions);
    expect(item(menu, 'file.recent.0').label).toBe('claims.journeymap — maps');
    click(item(menu, 'file.recent.0'));
    expect(menuActions.openRecent).toHaveBeenCalledWith('/home/dana/maps/claims.journeymap');
    const empty = buildMenuTemplate({ ...state, recentFiles: [] }, 'linux', actions());
    expect(item(empty, 'file.recent.empty').enabled).toBe(false);
    expect(item(empty, 'file.recent.clear').enabled).toBe(false);
  });

  it('has Export PDF/PNG/CSV, Import CSV and the views', () => {
    const menuActions = actions();
    const menu = buildMenuTemplate(state, 'linux', menuActions);
    for (const [id, command] of [
      ['file.export.pdf', 'export-pdf'],
      ['file.export.png', 'export-png'],
      ['file.export.csv', 'export-csv'],
      ['file.import-csv', 'import-csv'],
      ['view.zoom-in', 'zoom-in'],
      ['view.zoom-out', 'zoom-out'],
      ['view.zoom-fit', 'zoom-fit'],
      ['view.presentation', 'presentation'],
      ['view.review', 'review-toggle'],
      ['view.findings', 'findings-toggle'],
      ['view.org-chart', 'org-chart'],
      ['view.alignment', 'alignment'],
    ] as const) {
      click(item(menu, id));
      expect(menuActions.command).toHaveBeenLastCalledWith(command);
    }
    expect(item(menu, 'view.presentation').accelerator).toBe('F5');
  });

  it('shows the theme as radio items with the current one checked', () => {
    const menuActions = actions();
    const menu = buildMenuTemplate(state, 'linux', menuActions);
    const themes = item(menu, 'view.theme').submenu as MenuItemConstructorOptions[];
    expect(themes.map((entry) => [entry.type, entry.checked])).toEqual([
      ['radio', false],
      ['radio', true],
      ['radio', false],
    ]);
    click(item(menu, 'view.theme.light'));
    expect(menuActions.setTheme).toHaveBeenCalledWith('light');
  });

  it('offers DevTools only in development', () => {
    expect(flatten(buildMenuTemplate(state, 'linux', actions())).some((entry) => entry.role === 'toggleDevTools')).toBe(false);
    expect(item(buildMenuTemplate({ ...state, isDevelopment: true }, 'linux', actions()), 'view.devtools').role).toBe('toggleDevTools');
  });

  it('disables document commands when no document window is open', () => {
    const menu = buildMenuTemplate({ ...state, hasDocumentWindow: false }, 'darwin', actions());
    expect(item(menu, 'file.save').enabled).toBe(false);
    expect(item(menu, 'edit.undo').enabled).toBe(false);
    expect(item(menu, 'file.open').enabled).toBeUndefined();
  });

  it('puts About and Quit in the app menu on macOS, and in File and Help elsewhere', () => {
    const mac = buildMenuTemplate(state, 'darwin', actions());
    expect(mac.map((entry) => entry.id)).toEqual(['app', 'file', 'edit', 'view', 'window', 'help']);
    expect(item(mac, 'app.quit').role).toBe('quit');
    expect(item(mac, 'file').label).toBe('File');
    const windows = buildMenuTemplate(state, 'win32', actions());
    expect(windows.map((entry) => entry.id)).toEqual(['file', 'edit', 'view', 'help']);
    expect(item(windows, 'file.quit').role).toBe('quit');
    expect(item(windows, 'help.about').label).toBe('About Journey Map');
    expect(item(windows, 'file').label).toBe('&File');
  });

  it('opens the local format documentation from Help', () => {
    const menuActions = actions();
    click(item(buildMenuTemplate(state, 'linux', menuActions), 'help.format'));
    expect(menuActions.openFormatDocs).toHaveBeenCalled();
  });
});

describe('recentFileLabel', () => {
  it('names the file and its folder, for Windows paths too', () => {
    expect(recentFileLabel('C:\\Users\\dana\\Desktop\\claims.journeymap')).toBe('claims.journeymap — Desktop');
    expect(recentFileLabel('claims.journeymap')).toBe('claims.journeymap');
  });
});
