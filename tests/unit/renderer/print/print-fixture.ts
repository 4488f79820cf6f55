import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseJourneyFile } from '../../../../shared/format';
import type { PdfOptions, PdfSections } from '../../../../shared/ipc/contract';
import type { JourneyMap } from '../../../../shared/model/types';

/** The auto-insurance example map, as the app loads it. */
export function loadFixtureMap(): JourneyMap {
  const result = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
  if (!result.ok) throw new Error(`The fixture does not parse: ${result.error.message}`);
  return result.map;
}

export const ALL_SECTIONS: PdfSections = { cover: true, map: true, questions: true, stages: true, scorecard: true };

/** Options printing every section on slide pages unless told otherwise. */
export function printOptions(overrides: Partial<PdfOptions> = {}): PdfOptions {
  return { format: 'slide', sections: ALL_SECTIONS, ...overrides };
}

/** A small map: two stages, two silos, a few touchpoints; `edit` adjusts it for one test. */
export function smallMap(edit: (map: JourneyMap) => void = () => undefined): JourneyMap {
  const map: JourneyMap = {
    id: 'map-small',
    title: 'Small map',
    customer: { name: 'Renter', description: 'Someone renting a flat' },
    intendedMemory: 'It was easy',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    silos: [
      { id: 'silo-a', name: 'Sales', color: '#2563eb', lead: '' },
      { id: 'silo-b', name: 'Billing', color: '#ca8a04', lead: 'Pat' },
    ],
    stages: [
      {
        id: 'stage-1',
        name: 'Buy',
        description: 'Choosing a plan',
        customerGoal: 'A fair price',
        accountableSiloId: 'silo-a',
        metrics: [],
      },
      { id: 'stage-2', name: 'Pay', description: '', customerGoal: '', accountableSiloId: null, metrics: [] },
    ],
    touchpoints: [
      touchpoint('tp-1', 'Quote', 'stage-1', 'silo-a'),
      touchpoint('tp-2', 'Invoice', 'stage-2', 'silo-b'),
      touchpoint('tp-3', 'Reminder', 'stage-2', 'silo-a'),
    ],
    handoffs: [],
    notes: [],
    comments: [],
    alignment: null,
  };
  edit(map);
  return map;
}

/** A company-initiated web touchpoint with no feeling or day set. */
export function touchpoint(id: string, title: string, stageId: string, siloId: string | null): JourneyMap['touchpoints'][number] {
  return { id, title, stageId, siloId, channel: 'web', initiator: 'company', intent: 'inform', emotion: null, day: null, description: '' };
}
