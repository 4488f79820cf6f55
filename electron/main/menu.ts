/**
 * The native application menu, built by a pure function so it can be tested on every platform from
 * any machine. Edit commands (undo, copy, delete…) are sent to the renderer as `menu:command` rather than
 * native roles because the canvas owns them; main keeps text fields working (see edit-commands.ts).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, ThemePreference } from '../../shared/ipc/contract';

export interface MenuTemplateChoice {
  id: string;
  name: string;
}

export interface MenuState {
  appName: string;
  isDevelopment: boolean;
  /** False when no document window is open (macOS): document commands are disabled. */
  hasDocumentWindow: boolean;
  recentFiles: readonly string[];
  templates: readonly MenuTemplateChoice[];
  theme: ThemePreference;
}

export interface MenuActions {
  newDocument(templateId: string | null): void;
  open(): void;
  openForReview(): void;
  openRecent(filePath: string): void;
  clearRecent(): void;
  /** Sends a command to the focused document window. */
  command(command: MenuCommand): void;
  closeWindow(): void;
  setTheme(theme: ThemePreference): void;
  showAbout(): void;
  openFormatDocs(): void;
}

const THEMES: readonly { id: ThemePreference; label: string }[] = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'system', label: 'Same as System' },
];

/** Shortens a path for the Open Recent menu: the file name, then its folder. */
export function recentFileLabel(filePath: string): string {
  const parts = filePath.split(/[\\/]/).filter((part) => part.length > 0);
  const name = parts.at(-1) ?? filePath;
  const folder = parts.at(-2);
  return folder ? `${name} — ${folder}` : name;
}

/** The menu template for one platform; `actions` receive the clicks. */
export function buildMenuTemplate(state: MenuState, platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const needsWindow = state.hasDocumentWindow;
  const mnemonic = (label: string) => (isMac ? label : `&${label}`);
  const command = (id: string, label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    enabled: needsWindow,
    click: () => actions.command(menuCommand),
  });

  const recentItems: MenuItemConstructorOptions[] =
    state.recentFiles.length === 0
      ? [{ id: 'file.recent.empty', label: 'No Recent Files', enabled: false }]
      : state.recentFiles.map((filePath, index) => ({
          id: `file.recent.${index}`,
          label: recentFileLabel(filePath),
          toolTip: filePath,
          click: () => actions.openRecent(filePath),
        }));

  const templateItems: MenuItemConstructorOptions[] =
    state.templates.length === 0
      ? [{ id: 'file.template.none', label: 'No Templates', enabled: false }]
      : state.templates.map((template) => ({
          id: `file.template.${template.id}`,
          label: template.name,
          click: () => actions.newDocument(template.id),
        }));

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: mnemonic('File'),
    submenu: [
      { id: 'file.new', label: 'New Map', accelerator: 'CmdOrCtrl+N', click: () => actions.newDocument(null) },
      { id: 'file.new-from-template', label: 'New from Template', submenu: templateItems },
      { type: 'separator' },
      { id: 'file.open', label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      { id: 'file.open-for-review', label: 'Open for Review…', accelerator: 'Shift+CmdOrCtrl+O', click: () => actions.openForReview() },
      {
        id: 'file.recent',
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { id: 'file.recent.clear', label: 'Clear Recent', enabled: state.recentFiles.length > 0, click: () => actions.clearRecent() },
        ],
      },
      { type: 'separator' },
      command('file.save', 'Save', 'save', 'CmdOrCtrl+S'),
      command('file.save-as', 'Save As…', 'save-as', 'Shift+CmdOrCtrl+S'),
      {
        id: 'file.export',
        label: 'Export',
        submenu: [
          command('file.export.pdf', 'PDF…', 'export-pdf', 'Shift+CmdOrCtrl+E'),
          command('file.export.png', 'PNG Image…', 'export-png'),
          command('file.export.csv', 'Touchpoints as CSV…', 'export-csv'),
        ],
      },
      command('file.import-csv', 'Import Touchpoints from CSV…', 'import-csv'),
      { type: 'separator' },
      { id: 'file.close', label: 'Close Window', accelerator: 'CmdOrCtrl+W', enabled: needsWindow, click: () => actions.closeWindow() },
      ...(isMac ? [] : ([{ type: 'separator' }, { id: 'file.quit', role: 'quit', label: 'E&xit' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: mnemonic('Edit'),
    submenu: [
      command('edit.undo', 'Undo', 'undo', 'CmdOrCtrl+Z'),
      command('edit.redo', 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      ...(isMac
        ? []
        : [{ ...command('edit.redo-alternative', 'Redo', 'redo', 'Ctrl+Y'), visible: false, acceleratorWorksWhenHidden: true }]),
      { type: 'separator' },
      command('edit.cut', 'Cut', 'cut', 'CmdOrCtrl+X'),
      command('edit.copy', 'Copy', 'copy', 'CmdOrCtrl+C'),
      command('edit.paste', 'Paste', 'paste', 'CmdOrCtrl+V'),
      command('edit.duplicate', 'Duplicate', 'duplicate', 'CmdOrCtrl+D'),
      // The Delete key itself stays with the page (a menu accelerator would swallow it in text fields);
      // on Windows and Linux the shortcut is shown without being registered.
      { ...command('edit.delete', 'Delete', 'delete'), ...(isMac ? {} : { accelerator: 'Delete', registerAccelerator: false }) },
      command('edit.select-all', 'Select All', 'select-all', 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: mnemonic('View'),
    submenu: [
      command('view.zoom-in', 'Zoom In', 'zoom-in', 'CmdOrCtrl+='),
      command('view.zoom-out', 'Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      command('view.zoom-fit', 'Fit Map', 'zoom-fit', 'CmdOrCtrl+0'),
      { type: 'separator' },
      {
        id: 'view.theme',
        label: 'Theme',
        submenu: THEMES.map((theme) => ({
          id: `view.theme.${theme.id}`,
          label: theme.label,
          type: 'radio' as const,
          checked: state.theme === theme.id,
          click: () => actions.setTheme(theme.id),
        })),
      },
      { type: 'separator' },
      command('view.presentation', 'Presentation', 'presentation', 'F5'),
      command('view.review', 'Review Mode', 'review-toggle', 'Shift+CmdOrCtrl+R'),
      command('view.findings', 'Findings', 'findings-toggle', 'Shift+CmdOrCtrl+F'),
      command('view.org-chart', 'Org Chart View', 'org-chart'),
      command('view.alignment', 'Stage Alignment Exercise', 'alignment'),
      { type: 'separator' },
      { id: 'view.fullscreen', role: 'togglefullscreen' },
      ...(state.isDevelopment ? ([{ id: 'view.devtools', role: 'toggleDevTools' }] satisfies MenuItemConstructorOptions[]) : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: mnemonic('Help'),
    role: 'help',
    submenu: [
      { id: 'help.format', label: 'File Format Documentation', click: () => actions.openFormatDocs() },
      ...(isMac ? [] : ([{ type: 'separator' }, { id: 'help.about', label: `About ${state.appName}`, click: () => actions.showAbout() }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  if (!isMac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: state.appName,
    submenu: [
      { id: 'app.about', label: `About ${state.appName}`, click: () => actions.showAbout() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'app.quit', role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, { id: 'window', role: 'windowMenu' }, help];
}
