import { describe, expect, it } from 'vitest';
import { isIsoDateTime } from '../../../../shared/model/date-time';

describe('isIsoDateTime', () => {
  it('accepts ISO 8601 date-times with seconds and a zone', () => {
    expect(isIsoDateTime('2026-11-02T09:00:00.000Z')).toBe(true);
    expect(isIsoDateTime('2026-11-02T09:00:00Z')).toBe(true);
    expect(isIsoDateTime('2026-11-02T09:00:00+02:00')).toBe(true);
    expect(isIsoDateTime('2024-02-29T00:00:00Z')).toBe(true);
  });

  it('refuses dates without time or zone, impossible dates and non-strings', () => {
    for (const value of ['2026-11-02', '2026-11-02T09:00Z', '2026-11-02T09:00:00', '2026-02-30T09:00:00Z', '2026-13-01T00:00:00Z', '2026-11-02T24:00:00Z', 'yesterday', 0]) {
      expect(isIsoDateTime(value)).toBe(false);
    }
  });
});
