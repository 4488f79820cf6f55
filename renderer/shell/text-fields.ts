const NON_TEXT_INPUT_TYPES = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True when `element` edits text, so Ctrl+Z/Y/C/V/X there belong to the field, not the map. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return !element.readOnly;
  if (element instanceof HTMLInputElement) return !NON_TEXT_INPUT_TYPES.has(element.type) && !element.readOnly;
  return element instanceof HTMLElement && element.isContentEditable === true;
}
