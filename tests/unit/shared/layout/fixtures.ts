import type { JourneyMap, Touchpoint } from '../../../../shared/model/types';

/** A touchpoint with sensible defaults for layout tests. */
export function tp(id: string, stageId: string, siloId: string | null, title = id): Touchpoint {
  return {
    id,
    title,
    stageId,
    siloId,
    channel: 'web',
    initiator: 'company',
    intent: 'inform',
    emotion: null,
    day: null,
    description: '',
  };
}

/** A small map: stages s1, s2, s3; silos a, b; touchpoints as given. */
export function smallMap(touchpoints: Touchpoint[], options: { silos?: string[]; stages?: string[] } = {}): JourneyMap {
  const stages = options.stages ?? ['s1', 's2', 's3'];
  const silos = options.silos ?? ['a', 'b'];
  return {
    id: 'map',
    title: 'Test',
    customer: { name: '', description: '' },
    intendedMemory: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    silos: silos.map((id) => ({ id, name: id.toUpperCase(), color: '#2563eb', lead: '' })),
    stages: stages.map((id) => ({
      id,
      name: id.toUpperCase(),
      description: '',
      customerGoal: '',
      accountableSiloId: null,
      metrics: [],
    })),
    touchpoints,
    handoffs: [],
    notes: [],
    comments: [],
    alignment: null,
  };
}
