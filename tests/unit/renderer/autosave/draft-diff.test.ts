import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftMatchesSaved, summarizeDraftChanges } from '../../../../renderer/autosave/draft-diff';
import { sameValue } from '../../../../shared/model/same-value';
import { parseJourneyFile } from '../../../../shared/format';
import type { JourneyMap, Touchpoint } from '../../../../shared/model/types';

const parsed = parseJourneyFile(new Uint8Array(readFileSync(resolve('tests/fixtures/auto-insurance.journeymap'))));
if (!parsed.ok) throw new Error('fixture does not parse');
const saved: JourneyMap = parsed.map;

function touchpoint(id: string, stageId: string): Touchpoint {
  return {
    id,
    title: `Touchpoint ${id}`,
    stageId,
    siloId: null,
    channel: 'web',
    initiator: 'company',
    intent: 'inform',
    emotion: null,
    day: null,
    description: '',
  };
}

function firstStage(map: JourneyMap) {
  const stage = map.stages[0];
  if (!stage) throw new Error('the fixture has stages');
  return stage;
}

describe('summarizeDraftChanges', () => {
  it('says there is nothing new when only updatedAt differs', () => {
    const draft = { ...saved, updatedAt: '2030-01-01T00:00:00.000Z' };
    expect(summarizeDraftChanges(saved, draft)).toEqual(['No changes from the saved version']);
    expect(draftMatchesSaved(saved, draft)).toBe(true);
  });

  it('names a changed title with the old and new wording', () => {
    const draft = { ...saved, title: 'Auto insurance: after the workshop' };
    expect(summarizeDraftChanges(saved, draft)).toEqual([`Title changed from “${saved.title}” to “Auto insurance: after the workshop”`]);
    expect(draftMatchesSaved(saved, draft)).toBe(false);
  });

  it('counts touchpoints added, removed and changed in one line, the noun said once', () => {
    const stageId = firstStage(saved).id;
    const [removed, changedOne, changedTwo, ...rest] = saved.touchpoints;
    if (!removed || !changedOne || !changedTwo) throw new Error('the fixture has touchpoints');
    const draft: JourneyMap = {
      ...saved,
      touchpoints: [
        { ...changedOne, title: `${changedOne.title} (revised)` },
        { ...changedTwo, emotion: changedTwo.emotion === 2 ? 1 : 2 },
        ...rest,
        touchpoint('tp-new-1', stageId),
        touchpoint('tp-new-2', stageId),
        touchpoint('tp-new-3', stageId),
      ],
    };
    expect(summarizeDraftChanges(saved, draft)).toEqual(['3 touchpoints added, 1 removed, 2 changed']);
  });

  it('uses the singular for one item and leaves out counts that are zero', () => {
    const draft: JourneyMap = { ...saved, touchpoints: saved.touchpoints.slice(1) };
    expect(summarizeDraftChanges(saved, draft)).toEqual(['1 touchpoint removed']);
  });

  it('lists a renamed stage by its old and new name, apart from other stage changes', () => {
    const [onboard, second, ...rest] = saved.stages;
    if (!onboard || !second) throw new Error('the fixture has stages');
    const draft: JourneyMap = {
      ...saved,
      stages: [{ ...onboard, name: 'Welcome' }, { ...second, description: `${second.description} More.` }, ...rest],
    };
    expect(summarizeDraftChanges(saved, draft)).toEqual(['1 stage changed', `Stage “${onboard.name}” renamed to “Welcome”`]);
  });

  it('reports the example of the brief in order: title, then stages, then touchpoints', () => {
    const stage = firstStage(saved);
    const draft: JourneyMap = {
      ...saved,
      title: 'Renamed',
      stages: [{ ...stage, name: 'Welcome' }, ...saved.stages.slice(1)],
      touchpoints: [...saved.touchpoints, touchpoint('tp-new', stage.id)],
    };
    expect(summarizeDraftChanges(saved, draft)).toEqual([
      `Title changed from “${saved.title}” to “Renamed”`,
      `Stage “${stage.name}” renamed to “Welcome”`,
      '1 touchpoint added',
    ]);
  });

  it('notices reordered stages and silos, and changes to the customer, memory, notes and alignment', () => {
    const draft: JourneyMap = {
      ...saved,
      stages: [...saved.stages].reverse(),
      silos: [...saved.silos].reverse(),
      customer: { ...saved.customer, name: `${saved.customer.name} and family` },
      intendedMemory: 'They were there when it mattered.',
      notes: [...saved.notes, { id: 'note-new', text: 'Parking lot', color: '#ffee88', stageId: null }],
      alignment: { question: 'What are the stages?', answers: [], agreedAt: null },
    };
    expect(summarizeDraftChanges(saved, draft)).toEqual([
      'Customer definition changed',
      'Intended memory changed',
      'Stages reordered',
      'Silos reordered',
      '1 note added',
      'Stage-alignment exercise changed',
    ]);
  });

  it('counts renames beyond the first three instead of listing them all', () => {
    const draft: JourneyMap = { ...saved, silos: saved.silos.map((silo) => ({ ...silo, name: `${silo.name} team` })) };
    expect(saved.silos.length).toBeGreaterThan(3);
    const lines = summarizeDraftChanges(saved, draft);
    expect(lines.filter((line) => line.startsWith('Silo “'))).toHaveLength(3);
    expect(lines.at(-1)).toBe(`${saved.silos.length - 3} more silo${saved.silos.length - 3 === 1 ? '' : 's'} renamed`);
  });

  it('describes what a draft holds when there is no saved version to compare with', () => {
    expect(summarizeDraftChanges(null, saved)).toEqual([
      `No saved version to compare with: ${saved.stages.length} stages, ${saved.silos.length} silos, ${saved.touchpoints.length} touchpoints, ${saved.handoffs.length} hand-offs${saved.notes.length > 0 ? `, ${saved.notes.length} notes` : ''}`,
    ]);
    expect(draftMatchesSaved(null, saved)).toBe(false);
  });
});

describe('sameValue', () => {
  it('compares JSON values by structure, whatever the key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
