import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../shared/analysis';
import { touchpointsToCsv } from '../../../shared/csv';
import { parseJourneyFile, serializeJourneyFile } from '../../../shared/format';
import { layoutJourney } from '../../../shared/layout';
import { LIMITS } from '../../../shared/model/types';
import { generateJourneyMap } from '../../support/map-generator';

/** Reliability row 7: a map at the limits goes through every pure stage of the app without overflowing. */
describe('a map at the limits (reliability row 7)', () => {
  it('serializes, parses, analyses, lays out and exports 20,000 touchpoints without a stack overflow', () => {
    const map = generateJourneyMap({ touchpoints: LIMITS.maxTouchpoints, seed: 20 });
    const text = serializeJourneyFile(map);
    const parsed = parseJourneyFile(text);
    expect(parsed.ok).toBe(true);
    expect(analyzeJourney(map).length).toBeGreaterThan(0);
    expect(layoutJourney(map).cards.size).toBe(map.touchpoints.length);
    expect(touchpointsToCsv(map, { bom: false }).split('\r\n').length).toBeGreaterThan(LIMITS.maxTouchpoints);
  });

  it('refuses one touchpoint more than the limit with a coded error', () => {
    const map = generateJourneyMap({ touchpoints: LIMITS.maxTouchpoints, seed: 21 });
    const first = map.touchpoints[0];
    if (!first) throw new Error('generator made no touchpoints');
    const tooMany = { ...map, touchpoints: [...map.touchpoints, { ...first, id: 'one-too-many' }] };
    const result = parseJourneyFile(serializeJourneyFile(tooMany));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid');
  });
});
