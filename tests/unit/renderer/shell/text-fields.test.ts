import { describe, expect, it } from 'vitest';
import { isTextField } from '../../../../renderer/shell/text-fields';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  const child = host.firstElementChild;
  if (!child) throw new Error('no element');
  return child;
}

describe('text fields', () => {
  it('treats text inputs, text areas and editable content as text fields', () => {
    expect(isTextField(element('<input>'))).toBe(true);
    expect(isTextField(element('<input type="search">'))).toBe(true);
    expect(isTextField(element('<input type="number">'))).toBe(true);
    expect(isTextField(element('<textarea></textarea>'))).toBe(true);
    const editable = element('<div contenteditable="true"></div>') as HTMLElement;
    // jsdom does not compute isContentEditable; a browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTextField(editable)).toBe(true);
  });

  it('does not treat buttons, checkboxes, read-only fields or nothing as text fields', () => {
    expect(isTextField(element('<button>Save</button>'))).toBe(false);
    expect(isTextField(element('<input type="checkbox">'))).toBe(false);
    expect(isTextField(element('<input readonly>'))).toBe(false);
    expect(isTextField(element('<div></div>'))).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
