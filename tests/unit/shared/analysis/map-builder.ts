import type { Handoff, JourneyMap, Metric, Silo, Stage, Touchpoint } from '../../../../shared/model';
import type { Finding, FindingCode } from '../../../../shared/analysis';

/** A silo whose name is its id unless given. */
export function silo(id: string, name: string = id): Silo {
  return { id, name, color: '#336699', lead: '' };
}

/** A stage with no accountable silo and no metrics unless given. */
export function stage(id: string, overrides: Partial<Stage> = {}): Stage {
  return { id, name: id, description: '', customerGoal: '', accountableSiloId: null, metrics: [], ...overrides };
}

/** A metric with a target, no current value and no owners unless given. */
export function metric(id: string, overrides: Partial<Metric> = {}): Metric {
  return {
    id,
    name: id,
    definition: '',
    unit: '%',
    direction: 'higher-is-better',
    target: 90,
    current: null,
    ownerSiloIds: [],
    ...overrides,
  };
}

/** A neutral touchpoint (customer-initiated, `inform`, no emotion, no day) unless overridden. */
export function touchpoint(id: string, stageId: string, siloId: string | null, overrides: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    title: id,
    stageId,
    siloId,
    channel: 'email',
    initiator: 'customer',
    intent: 'inform',
    emotion: null,
    day: null,
    description: '',
    ...overrides,
  };
}

/** A company message: the kind `conflicting-messages` looks at. */
export function message(
  id: string,
  stageId: string,
  siloId: string | null,
  intent: Touchpoint['intent'],
  day: number | null,
  overrides: Partial<Touchpoint> = {},
): Touchpoint {
  return touchpoint(id, stageId, siloId, { initiator: 'company', intent, day, ...overrides });
}

/** A hand-off with no label. */
export function handoff(id: string, fromTouchpointId: string, toTouchpointId: string, ownerSiloId: string | null = null): Handoff {
  return { id, fromTouchpointId, toTouchpointId, label: '', ownerSiloId };
}

/** A valid map around the given parts; everything else is empty. */
export function journeyMap(parts: Partial<Pick<JourneyMap, 'silos' | 'stages' | 'touchpoints' | 'handoffs'>>): JourneyMap {
  return {
    id: 'map',
    title: 'Test map',
    customer: { name: 'Customer', description: '' },
    intendedMemory: '',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    silos: parts.silos ?? [],
    stages: parts.stages ?? [],
    touchpoints: parts.touchpoints ?? [],
    handoffs: parts.handoffs ?? [],
    notes: [],
    comments: [],
    alignment: null,
  };
}

/** The standard cast of silos, in lane order: sales, billing, service, claims. */
export const SILOS: Silo[] = [silo('sales', 'Sales'), silo('billing', 'Billing'), silo('service', 'Service'), silo('claims', 'Claims')];

/** The findings of one code, in result order. */
export function findingsWithCode(findings: readonly Finding[], code: FindingCode): Finding[] {
  return findings.filter((finding) => finding.code === code);
}

/**
 * A valid map built to flood `conflicting-messages`: every touchpoint is a company message on day 1,
 * alternately `sell` and `cancel`/`collect`, dealt round-robin over `silos` lanes (an even number, so
 * sellers and the others never share a lane) and `stages` columns. n touchpoints make (n/2)² pairs:
 * 1,000 → 250,000; 20,000 → 100,000,000.
 */
export function conflictFloodMap(touchpoints: number, options: { stages?: number; silos?: number } = {}): JourneyMap {
  const stageCount = options.stages ?? 1;
  const siloCount = options.silos ?? 2;
  const silos = Array.from({ length: siloCount }, (_, i) => silo(`silo-${i}`, `Silo ${i}`));
  const stages = Array.from({ length: stageCount }, (_, i) => stage(`stage-${i}`, { name: `Stage ${i}` }));
  const flood = Array.from({ length: touchpoints }, (_, i) =>
    message(`tp-${i}`, `stage-${i % stageCount}`, `silo-${i % siloCount}`, i % 2 === 0 ? 'sell' : i % 4 === 1 ? 'cancel' : 'collect', 1),
  );
  return journeyMap({ silos, stages, touchpoints: flood });
}
