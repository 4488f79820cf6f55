import { describe, expect, it } from 'vitest';
import { clampFocus, stepStage } from '../../../../renderer/presentation/stage-stepper';

describe('stepping through the stages', () => {
  it('goes from the whole map to the first stage, then one stage at a time', () => {
    expect(stepStage(null, 'next', 6)).toBe(0);
    expect(stepStage(0, 'next', 6)).toBe(1);
    expect(stepStage(4, 'next', 6)).toBe(5);
  });

  it('stays on the last stage when next is pressed once too often', () => {
    expect(stepStage(5, 'next', 6)).toBe(5);
  });

  it('goes back a stage, and from the first stage back to the whole map', () => {
    expect(stepStage(3, 'previous', 6)).toBe(2);
    expect(stepStage(0, 'previous', 6)).toBeNull();
    expect(stepStage(null, 'previous', 6)).toBeNull();
  });

  it('jumps to the whole map (Home) and to the last stage (End)', () => {
    expect(stepStage(3, 'overview', 6)).toBeNull();
    expect(stepStage(null, 'last', 6)).toBe(5);
    expect(stepStage(1, 'last', 6)).toBe(5);
  });

  it('always shows the whole map of a map without stages', () => {
    for (const command of ['next', 'previous', 'overview', 'last'] as const) expect(stepStage(null, command, 0)).toBeNull();
  });

  it('keeps the focus on a real stage when stages disappear', () => {
    expect(clampFocus(5, 3)).toBe(2);
    expect(clampFocus(1, 3)).toBe(1);
    expect(clampFocus(null, 3)).toBeNull();
    expect(clampFocus(2, 0)).toBeNull();
    expect(stepStage(9, 'next', 3)).toBe(2);
  });
});
