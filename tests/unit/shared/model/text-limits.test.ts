import { describe, expect, it } from 'vitest';
import { cleanColor, cleanOptionalText, cleanRequiredText, limitText } from '../../../../shared/model/text-limits';

describe('text limits', () => {
  it('truncates to the spec limit of 10,000 characters by default', () => {
    expect(limitText('a'.repeat(10_500))).toHaveLength(10_000);
    expect(limitText('short')).toBe('short');
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    expect(limitText('ab😀', 3)).toBe('ab');
  });

  it('trims required names and refuses empty ones', () => {
    expect(cleanRequiredText('  Billing ', 100)).toBe('Billing');
    expect(cleanRequiredText('   ', 100)).toBeNull();
    expect(cleanRequiredText(42, 100)).toBeNull();
    expect(cleanRequiredText(`${'a'.repeat(99)}  b`, 100)).toBe('a'.repeat(99));
  });

  it('keeps optional text as given, refusing non-strings', () => {
    expect(cleanOptionalText('  spaced ')).toBe('  spaced ');
    expect(cleanOptionalText(null)).toBeNull();
  });

  it('accepts only #rrggbb colours, in lower case', () => {
    expect(cleanColor('#A1B2C3')).toBe('#a1b2c3');
    expect(cleanColor('#abc')).toBeNull();
    expect(cleanColor('red')).toBeNull();
  });
});
