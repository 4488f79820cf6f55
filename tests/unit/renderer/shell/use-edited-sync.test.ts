import { describe, expect, it } from 'vitest';
import { windowTitle } from '../../../../renderer/shell/use-edited-sync';

describe('window title', () => {
  it('names the file, or the map while it is untitled, and marks unsaved changes', () => {
    expect(windowTitle('Auto insurance', 'auto-insurance.journeymap', false)).toBe('auto-insurance.journeymap — Journey Map');
    expect(windowTitle('Auto insurance', 'auto-insurance.journeymap', true)).toBe('● auto-insurance.journeymap — Journey Map');
    expect(windowTitle('Untitled journey map', null, true)).toBe('● Untitled journey map — Journey Map');
  });
});
