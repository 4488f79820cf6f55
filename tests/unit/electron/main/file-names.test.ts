import { describe, expect, it } from 'vitest';
import { safeFileName, suggestedFileName, withExtension } from '../../../../electron/main/file-names';

describe('file names', () => {
  it('makes a safe file name from a map title', () => {
    expect(safeFileName('Claims: Q3/Q4 <draft>?')).toBe('Claims- Q3-Q4 -draft--');
    expect(safeFileName('  ../..  ')).toBe('journey-map');
    expect(safeFileName('a'.repeat(300))).toHaveLength(120);
  });

  it('adds an extension only when it is missing', () => {
    expect(withExtension('/m/plan', '.journeymap')).toBe('/m/plan.journeymap');
    expect(withExtension('/m/PLAN.JOURNEYMAP', '.journeymap')).toBe('/m/PLAN.JOURNEYMAP');
  });

  it('reduces a suggested name to a bare file name', () => {
    expect(suggestedFileName('../../etc/passwd', '.csv', 'touchpoints')).toBe('passwd.csv');
    expect(suggestedFileName('C:\\x\\map.png', '.png', 'map')).toBe('map.png');
    expect(suggestedFileName('.png', '.png', 'map')).toBe('map.png');
  });
});
