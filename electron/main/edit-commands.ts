/**
 * Routes menu commands to a window. The canvas owns undo, clipboard and selection, so those go to the
 * renderer as `menu:command`; but while the user is typing in a text field, main performs the native
 * editing action instead, so text fields behave exactly as in any other app.
 */
import type { MenuCommand } from '../../shared/ipc/contract';

/** The web-contents calls the router needs. */
export interface EditableContents {
  executeJavaScript(code: string): Promise<unknown>;
  send(channel: 'menu:command', command: MenuCommand): void;
  undo(): void;
  redo(): void;
  cut(): void;
  copy(): void;
  paste(): void;
  delete(): void;
  selectAll(): void;
}

type NativeEditCommand = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'select-all';

const NATIVE_EDIT: Record<NativeEditCommand, (contents: EditableContents) => void> = {
  undo: (contents) => contents.undo(),
  redo: (contents) => contents.redo(),
  cut: (contents) => contents.cut(),
  copy: (contents) => contents.copy(),
  paste: (contents) => contents.paste(),
  delete: (contents) => contents.delete(),
  'select-all': (contents) => contents.selectAll(),
};

function isNativeEditCommand(command: MenuCommand): command is NativeEditCommand {
  return Object.hasOwn(NATIVE_EDIT, command);
}

/** Evaluated in the page: is the keyboard focus in something the user types text into? */
export const TEXT_FOCUS_PROBE = `(() => {
  const element = document.activeElement;
  if (!element) return false;
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA') return !element.readOnly && !element.disabled;
  if (element.tagName !== 'INPUT') return false;
  const textTypes = ['text', 'search', 'url', 'tel', 'email', 'password', 'number'];
  return textTypes.includes(element.type) && !element.readOnly && !element.disabled;
})()`;

/** Sends a menu command to a window, doing native text editing when a text field has the focus. */
export async function dispatchMenuCommand(contents: EditableContents, command: MenuCommand): Promise<void> {
  if (isNativeEditCommand(command)) {
    const typing = await contents.executeJavaScript(TEXT_FOCUS_PROBE).catch(() => false);
    if (typing === true) {
      NATIVE_EDIT[command](contents);
      return;
    }
  }
  contents.send('menu:command', command);
}
