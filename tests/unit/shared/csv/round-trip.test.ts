import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importTouchpoints } from '../../../../shared/csv/import-touchpoints';
import { parseTouchpointsCsv } from '../../../../shared/csv/parse-touchpoints';
import { touchpointsToCsv } from '../../../../shared/csv/export-touchpoints';
import type { JourneyMap } from '../../../../shared/model/types';
import { journeyMapArbitrary } from '../../../support/arbitraries';
import { mapWith } from './csv-test-map';

/** What the CSV carries of each touchpoint, in map order; names compared as import matches them. */
function csvView(map: JourneyMap, matchName: (name: string) => string = (name) => name) {
  const stageName = new Map(map.stages.map((stage) => [stage.id, matchName(stage.name)]));
  const siloName = new Map(map.silos.map((silo) => [silo.id, matchName(silo.name)]));
  return map.touchpoints.map((tp) => ({
    stage: stageName.get(tp.stageId),
    silo: tp.siloId === null ? null : siloName.get(tp.siloId),
    title: tp.title,
    channel: tp.channel,
    initiator: tp.initiator,
    intent: tp.intent,
    emotion: tp.emotion,
    day: tp.day,
    description: tp.description,
  }));
}

function exportThenImport(map: JourneyMap): JourneyMap {
  const parsed = parseTouchpointsCsv(touchpointsToCsv(map));
  expect(parsed.errors).toEqual([]);
  expect(parsed.warnings).toEqual([]);
  const imported = importTouchpoints(map, parsed.rows, 'new-map', { title: 'Re-imported' });
  expect(imported.skipped).toEqual([]);
  return imported.map;
}

/** Names and titles as a valid map holds them: trimmed and never blank. */
function withTrimmedNames(map: JourneyMap): JourneyMap {
  const clean = (text: string): string => (text.trim() === '' ? 'x' : text.trim());
  return {
    ...map,
    stages: map.stages.map((stage) => ({ ...stage, name: clean(stage.name) })),
    silos: map.silos.map((silo) => ({ ...silo, name: clean(silo.name) })),
    touchpoints: map.touchpoints.map((tp) => ({ ...tp, title: clean(tp.title) })),
  };
}

describe('CSV round trip: export, then import as a new map', () => {
  it('gives back the same touchpoints, including hostile titles and descriptions', () => {
    const hostile = [
      'Quote, then buy',
      'She said "no"',
      'Line one\nline two\r\nline three',
      '=HYPERLINK("http://evil")',
      "'=already quoted",
      '-1 star review',
      '+44 hotline',
      '@mention',
      'Zürich – 東京 – 😀 👩‍👩‍👧',
      '<img src=x onerror="alert(1)">',
    ];
    const map = mapWith(['=Stage, "one"', 'Ünïcode stage'], ['-Sales', 'Claims; Billing'], [
      ...hostile.map((title, i) => ({
        stage: i % 2 === 0 ? '=Stage, "one"' : 'Ünïcode stage',
        silo: i % 3 === 0 ? null : i % 3 === 1 ? '-Sales' : 'Claims; Billing',
        title,
        channel: 'in-person' as const,
        initiator: 'customer' as const,
        intent: 'recover' as const,
        emotion: -2 as const,
        day: -14,
        description: hostile[(i + 3) % hostile.length] ?? '',
      })),
      { stage: 'Ünïcode stage', title: 'Plain', description: '\tstarts with a tab, ends with spaces  ' },
    ]);
    expect(csvView(exportThenImport(map))).toEqual(csvView(map));
  });

  it('keeps touchpoints apart when their stages share a name, placing them in the first such stage', () => {
    const map = mapWith(['Buy', 'BUY'], [], [
      { stage: 'Buy', title: 'A' },
      { stage: 'BUY', title: 'B' },
    ]);
    const imported = exportThenImport(map);
    expect(imported.stages.map((stage) => stage.name)).toEqual(['Buy']);
    expect(imported.touchpoints.map((tp) => [tp.title, tp.stageId])).toEqual([
      ['A', imported.stages[0]?.id],
      ['B', imported.stages[0]?.id],
    ]);
  });

  it('holds for generated maps', () => {
    const matchName = (name: string): string => name.trim().toLowerCase();
    fc.assert(
      fc.property(journeyMapArbitrary({ maxTouchpoints: 25 }).map(withTrimmedNames), (map) => {
        expect(csvView(exportThenImport(map), matchName)).toEqual(csvView(map, matchName));
      }),
      { numRuns: 300 },
    );
  });
});
