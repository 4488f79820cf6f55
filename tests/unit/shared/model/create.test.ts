import { describe, expect, it } from 'vitest';
import {
  createEmptyMap,
  newComment,
  newHandoff,
  newMetric,
  newNote,
  newSilo,
  newStage,
  newTouchpoint,
} from '../../../../shared/model/create';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { SILO_PALETTE, nextSiloColor } from '../../../../shared/model/palette';

describe('createEmptyMap', () => {
  it('creates a valid empty map with the given title and time', () => {
    const map = createEmptyMap({ title: '  Onboarding  ', now: '2026-03-01T10:00:00.000Z' });
    expect(map.title).toBe('Onboarding');
    expect(map.createdAt).toBe('2026-03-01T10:00:00.000Z');
    expect(map.updatedAt).toBe(map.createdAt);
    expect(map.stages).toEqual([]);
    expect(map.alignment).toBeNull();
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('falls back to a default title when none or a blank one is given', () => {
    expect(createEmptyMap().title).toBe('Untitled journey map');
    expect(createEmptyMap({ title: '   ' }).title).toBe('Untitled journey map');
  });

  it('gives each new map its own id', () => {
    expect(createEmptyMap().id).not.toBe(createEmptyMap().id);
  });
});

describe('factories', () => {
  it('give sensible defaults that overrides replace', () => {
    expect(newStage()).toMatchObject({ name: 'New stage', accountableSiloId: null, metrics: [] });
    expect(newStage({ name: 'Claim' }).name).toBe('Claim');
    expect(newTouchpoint({ stageId: 's', siloId: null })).toMatchObject({
      stageId: 's',
      siloId: null,
      emotion: null,
      day: null,
      initiator: 'company',
    });
    expect(newMetric()).toMatchObject({ direction: 'higher-is-better', target: null, ownerSiloIds: [] });
    expect(newNote()).toMatchObject({ stageId: null, color: '#fde68a' });
    expect(newComment({ text: 'Hi', author: 'Ann' })).toMatchObject({ resolved: false, target: { kind: 'map', id: null } });
    expect(newHandoff('a', 'b')).toMatchObject({ fromTouchpointId: 'a', toTouchpointId: 'b', ownerSiloId: null });
  });

  it('prefix ids by kind', () => {
    expect(newStage().id).toMatch(/^stage-/);
    expect(newTouchpoint({ stageId: 's', siloId: null }).id).toMatch(/^tp-/);
    expect(newHandoff('a', 'b').id).toMatch(/^handoff-/);
  });

  it('picks a silo colour from the palette that no silo uses yet', () => {
    const first = newSilo({ silos: [] });
    expect(first.color).toBe(SILO_PALETTE[0]);
    const second = newSilo({ silos: [first] });
    expect(second.color).toBe(SILO_PALETTE[1]);
    expect(newSilo({ silos: [{ ...first, color: SILO_PALETTE[1] }] }).color).toBe(SILO_PALETTE[0]);
  });

  it('cycles through the palette once every colour is used', () => {
    const all = [...SILO_PALETTE];
    expect(SILO_PALETTE).toContain(nextSiloColor(all));
    expect(nextSiloColor([...all, ...all.slice(0, 1)])).toBe(SILO_PALETTE[1]);
  });
});
