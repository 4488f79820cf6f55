import { describe, expect, it } from 'vitest';
import { contrastOf, MIN_PROJECTOR_CONTRAST } from '../../../../renderer/presentation/contrast';
import { PROJECTOR_COLORS, PROJECTOR_TEXT_PAIRS, projectorCssVariables } from '../../../../renderer/presentation/projector-theme';

describe('the projector theme', () => {
  it.each(PROJECTOR_TEXT_PAIRS)('keeps $use ($text on $background) at 7:1 or more', ({ text, background }) => {
    expect(contrastOf(PROJECTOR_COLORS[text], PROJECTOR_COLORS[background])).toBeGreaterThanOrEqual(MIN_PROJECTOR_CONTRAST);
  });

  it('checks every text colour it defines against at least one background', () => {
    const textColours = new Set(PROJECTOR_TEXT_PAIRS.map((pair) => pair.text));
    for (const name of ['ink', 'inkMuted', 'onFocusBand', 'critical', 'warning', 'note', 'ok', 'onTimer', 'onTimeUp'] as const) {
      expect(textColours.has(name)).toBe(true);
    }
  });

  it('hands its colours to the CSS as --pm-* variables and recolours the shared diagnosis icons', () => {
    const variables = projectorCssVariables() as Record<string, string>;
    expect(variables['--pm-ink']).toBe(PROJECTOR_COLORS.ink);
    expect(variables['--pm-focus-band']).toBe(PROJECTOR_COLORS.focusBand);
    expect(variables['--pm-on-time-up']).toBe(PROJECTOR_COLORS.onTimeUp);
    expect(variables['--color-danger']).toBe(PROJECTOR_COLORS.critical);
  });
});
