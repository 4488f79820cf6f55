import { useMemo } from 'react';
import type { JourneyApi, ThemePreference } from '../../shared/ipc/contract';
import { useHistory } from '../store/document-store';
import { useCommands, type AppCommand } from './commands';
import { useCommandAvailable } from './command-availability';
import { AlignmentToggle } from '../alignment/AlignmentToggle';
import { ExportMenu } from '../export/ExportMenu';
import { OrgChartToggle } from '../org-chart/OrgChartToggle';
import { ReviewToggle } from '../review/ReviewToggle';
import { ThemeSwitch } from './ThemeSwitch';
import { ariaKeyShortcut, isMacPlatform, shortcutLabel } from './use-shortcuts';

interface ToolbarItem {
  command: AppCommand;
  label: string;
  /** What the button does, shown as its tooltip with the shortcut. */
  hint: string;
}

const FILE_ITEMS: readonly ToolbarItem[] = [
  { command: 'new', label: 'New', hint: 'Start a new map' },
  { command: 'open', label: 'Open', hint: 'Open a .journeymap file' },
  { command: 'open-for-review', label: 'Open for review…', hint: 'Open a .journeymap file read-only, to read it and leave comments' },
  { command: 'save', label: 'Save', hint: 'Save the map' },
];

const EDIT_ITEMS: readonly ToolbarItem[] = [
  { command: 'undo', label: 'Undo', hint: 'Undo the last change' },
  { command: 'redo', label: 'Redo', hint: 'Redo the last undone change' },
];

/** View commands belong to the canvas: their buttons appear once it handles them. */
const VIEW_ITEMS: readonly ToolbarItem[] = [
  { command: 'zoom-in', label: 'Zoom in', hint: 'Zoom in on the map' },
  { command: 'zoom-out', label: 'Zoom out', hint: 'Zoom out of the map' },
  { command: 'zoom-fit', label: 'Fit map', hint: 'Fit the whole map in the window' },
  { command: 'presentation', label: 'Present', hint: 'Present the map full screen for the room (F5)' },
];

function tooltip(item: ToolbarItem, mac: boolean, platform: JourneyApi['platform']): string {
  const hint = item.command === 'save' && platform === 'browser' ? 'Save the map (downloads a .journeymap file)' : item.hint;
  const shortcut = shortcutLabel(item.command, mac);
  return shortcut ? `${hint} (${shortcut})` : hint;
}

function ToolbarButton({ item, disabled = false, platform }: { item: ToolbarItem; disabled?: boolean; platform: JourneyApi['platform'] }) {
  const registry = useCommands();
  const available = useCommandAvailable(item.command);
  const mac = useMemo(() => isMacPlatform(), []);
  if (!available) return null;
  return (
    <button
      type="button"
      className="button toolbar-button"
      title={tooltip(item, mac, platform)}
      aria-keyshortcuts={ariaKeyShortcut(item.command, mac)}
      disabled={disabled}
      onClick={() => registry.dispatch(item.command)}
    >
      {item.label}
    </button>
  );
}

/** The main toolbar: file and edit commands, the canvas's view commands when present, and the theme. */
export function Toolbar({
  platform,
  theme,
  onThemeChange,
}: {
  platform: JourneyApi['platform'];
  theme: ThemePreference;
  onThemeChange: (theme: ThemePreference) => void;
}) {
  const canUndo = useHistory((history) => history.pastStates.length > 0);
  const canRedo = useHistory((history) => history.futureStates.length > 0);
  return (
    <div role="toolbar" aria-label="Main toolbar" className="toolbar">
      <div className="toolbar-group">
        {FILE_ITEMS.map((item) => (
          <ToolbarButton key={item.command} item={item} platform={platform} />
        ))}
        <ExportMenu />
      </div>
      <div className="toolbar-group">
        {EDIT_ITEMS.map((item) => (
          <ToolbarButton
            key={item.command}
            item={item}
            platform={platform}
            disabled={item.command === 'undo' ? !canUndo : !canRedo}
          />
        ))}
      </div>
      <div className="toolbar-group">
        {VIEW_ITEMS.map((item) => (
          <ToolbarButton key={item.command} item={item} platform={platform} />
        ))}
        <OrgChartToggle />
        <AlignmentToggle />
        <ReviewToggle />
      </div>
      <div className="toolbar-group toolbar-end">
        <ThemeSwitch value={theme} onChange={onThemeChange} />
      </div>
    </div>
  );
}
