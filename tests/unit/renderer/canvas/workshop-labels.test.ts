import { describe, expect, it } from 'vitest';
import {
  emotionLevelLabel,
  emotionPointLabel,
  nextNoteColor,
  noteColorName,
  noteLabel,
  signed,
  stageAverageLabel,
} from '../../../../renderer/canvas/workshop-labels';

describe('workshop labels', () => {
  it('writes signed numbers with a true minus sign', () => {
    expect(signed(2)).toBe('+2');
    expect(signed(0)).toBe('0');
    expect(signed(-1)).toBe('\u22121');
    expect(signed(-1.25, 1)).toBe('\u22121.3');
    expect(signed(-0.01, 1)).toBe('0.0');
  });

  it('labels the emotion levels of the axis from "−2 Very unhappy" to "+2 Delighted"', () => {
    expect(emotionLevelLabel(-2)).toBe('\u22122 Very unhappy');
    expect(emotionLevelLabel(0)).toBe('0 Neutral');
    expect(emotionLevelLabel(2)).toBe('+2 Delighted');
  });

  it('names a point by its title and emotion in words and numbers', () => {
    expect(emotionPointLabel('Claim payment', 1)).toBe('Claim payment: emotion happy (+1)');
    expect(emotionPointLabel('First notice of loss', -2)).toBe('First notice of loss: emotion very unhappy (\u22122)');
    expect(emotionPointLabel('Welcome pack', null)).toBe('Welcome pack: emotion not set');
  });

  it('tells a stage average in words', () => {
    expect(stageAverageLabel('Quote & buy', -4 / 3)).toBe('Quote & buy: average \u22121.3');
    expect(stageAverageLabel('Renew', null)).toBe('Renew: no emotions set');
  });

  it('names note colours and cycles through the palette', () => {
    expect(noteColorName('#FDE68A')).toBe('yellow');
    expect(noteColorName('#000000')).toBe('custom colour');
    expect(nextNoteColor('#fde68a')).toBe('#bbf7d0');
    expect(nextNoteColor('#fed7aa')).toBe('#fde68a');
    expect(nextNoteColor('#000000')).toBe('#fde68a');
    expect(noteLabel(' Ask Billing ')).toBe('Note: Ask Billing');
  });
});
