import { describe, expect, it } from 'vitest';
import { journeyFileName, safeFileBase, withExtension, withoutExtension } from '../../../../renderer/api/file-names';

describe('download file names', () => {
  it('keeps the name the map was opened from', () => {
    expect(journeyFileName('Anything', 'auto-insurance.journeymap')).toBe('auto-insurance.journeymap');
    expect(journeyFileName('Anything', 'exported-from-mail')).toBe('exported-from-mail.journeymap');
  });

  it('names an untitled map after its title without characters file systems reject', () => {
    expect(journeyFileName('Auto insurance: the policy lifecycle', null)).toBe('Auto insurance - the policy lifecycle.journeymap');
    expect(safeFileBase('../../etc/passwd')).toBe('etc - passwd');
    expect(safeFileBase('a<b>c|d?e*f"g')).toBe('a - b - c - d - e - f - g');
    expect(safeFileBase('line one\nline\u0000two')).toBe('line one - line - two');
  });

  it('falls back to a neutral name when nothing usable is left', () => {
    expect(safeFileBase('   ')).toBe('journey-map');
    expect(safeFileBase('///')).toBe('journey-map');
    expect(journeyFileName('...', null)).toBe('journey-map.journeymap');
  });

  it('caps long titles at 100 characters', () => {
    expect(safeFileBase('x'.repeat(500))).toHaveLength(100);
  });

  it('adds an extension only when missing and strips the last one', () => {
    expect(withExtension('map.PNG', '.png')).toBe('map.PNG');
    expect(withExtension('map', '.png')).toBe('map.png');
    expect(withoutExtension('a.b.journeymap')).toBe('a.b');
    expect(withoutExtension('.hidden')).toBe('.hidden');
  });
});
