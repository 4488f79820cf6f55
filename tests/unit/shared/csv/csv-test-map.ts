import type { JourneyMap, Silo, Stage, Touchpoint } from '../../../../shared/model/types';

/** A small map built from stage and silo names; touchpoints refer to them by name. */
export function mapWith(
  stageNames: string[],
  siloNames: string[],
  touchpoints: (Partial<Touchpoint> & { stage: string; silo?: string | null; title: string })[],
): JourneyMap {
  const stages: Stage[] = stageNames.map((name, i) => ({
    id: `stage-${i}`,
    name,
    description: '',
    customerGoal: '',
    accountableSiloId: null,
    metrics: [],
  }));
  const silos: Silo[] = siloNames.map((name, i) => ({ id: `silo-${i}`, name, color: '#2563eb', lead: '' }));
  const idOf = <T extends { id: string; name: string }>(items: T[], name: string): string => {
    const item = items.find((candidate) => candidate.name === name);
    if (item === undefined) throw new Error(`no "${name}" in the test map`);
    return item.id;
  };
  return {
    id: 'map-1',
    title: 'Test map',
    customer: { name: '', description: '' },
    intendedMemory: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    stages,
    silos,
    touchpoints: touchpoints.map(({ stage, silo, ...fields }, i) => ({
      id: `tp-${i}`,
      stageId: idOf(stages, stage),
      siloId: silo === undefined || silo === null ? null : idOf(silos, silo),
      channel: 'other',
      initiator: 'company',
      intent: 'other',
      emotion: null,
      day: null,
      description: '',
      ...fields,
    })),
    handoffs: [],
    notes: [],
    comments: [],
    alignment: null,
  };
}
