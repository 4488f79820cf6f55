/**
 * Deterministic generator of realistic, valid journey maps for tests and benchmarks.
 * The same options always give the same map (own PRNG, no Math.random, no clock).
 */
import {
  CHANNELS,
  INTENTS,
  LIMITS,
  type Alignment,
  type Comment,
  type Emotion,
  type Handoff,
  type JourneyMap,
  type Metric,
  type Note,
  type Silo,
  type Stage,
  type Touchpoint,
} from '../../shared/model/types';

export interface MapGeneratorOptions {
  touchpoints: number;
  seed: number;
  /** Defaults to about one stage per 16 touchpoints (100 → 6), between 3 and 200. */
  stages?: number;
  /** Defaults to about one silo per 14 touchpoints (100 → 7), between 3 and 100. */
  silos?: number;
}

/** A seeded PRNG (mulberry32) returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SILO_NAMES = [
  'Marketing',
  'Sales & Agents',
  'Underwriting',
  'Billing',
  'Claims',
  'Customer Service',
  'Actuarial',
  'Legal',
  'IT',
  'Retention',
  'Collections',
  'Partnerships',
];
const STAGE_NAMES = ['Discover', 'Quote & buy', 'Onboard', 'Use', 'Pay', 'Claim', 'Renew', 'Leave', 'Return'];
const VERBS = ['Send', 'Call about', 'Confirm', 'Explain', 'Remind about', 'Offer', 'Review', 'Chase'];
const NOUNS = ['policy', 'first bill', 'renewal', 'claim', 'welcome pack', 'discount', 'documents', 'survey'];
const PEOPLE = ['Dana Ruiz', 'Sam Okafor', 'Priya Nair', 'Lee Chen', 'Maria Rossi', 'Jo Müller', ''];
const UNITS = ['%', 'days', 'NPS', 'min', 'count'];
const COLORS = ['#7c3aed', '#2563eb', '#0891b2', '#ca8a04', '#dc2626', '#16a34a', '#475569', '#db2777'];
const NOTE_COLORS = ['#fde68a', '#bbf7d0', '#bfdbfe', '#fecaca'];
const EMOTIONS: readonly Emotion[] = [-2, -1, 0, 1, 2];
const BASE_TIME = Date.UTC(2026, 10, 2, 9, 0, 0);

function clampInt(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(value)));
}

/** Generates a valid, realistic journey map: same options → same map. */
export function generateJourneyMap(options: MapGeneratorOptions): JourneyMap {
  const random = createRandom(options.seed);
  const int = (maxExclusive: number): number => Math.floor(random() * maxExclusive);
  const chance = (probability: number): boolean => random() < probability;
  function pick<T>(items: readonly T[]): T {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  const touchpointCount = clampInt(options.touchpoints, 0, LIMITS.maxTouchpoints);
  const stageCount = clampInt(options.stages ?? touchpointCount / 16, 1, LIMITS.maxStages);
  const siloCount = clampInt(options.silos ?? touchpointCount / 14, 1, LIMITS.maxSilos);
  const defaultedStages = options.stages === undefined ? Math.max(3, stageCount) : stageCount;
  const defaultedSilos = options.silos === undefined ? Math.max(3, siloCount) : siloCount;

  const silos: Silo[] = [];
  for (let i = 0; i < defaultedSilos; i++) {
    const baseName = SILO_NAMES[i % SILO_NAMES.length] ?? 'Team';
    silos.push({
      id: `silo-${i + 1}`,
      name: i < SILO_NAMES.length ? baseName : `${baseName} ${Math.floor(i / SILO_NAMES.length) + 1}`,
      color: COLORS[i % COLORS.length] ?? '#475569',
      lead: pick(PEOPLE),
    });
  }
  const siloIds = silos.map((silo) => silo.id);

  let metricNumber = 0;
  const stages: Stage[] = [];
  for (let i = 0; i < defaultedStages; i++) {
    const baseName = STAGE_NAMES[i % STAGE_NAMES.length] ?? 'Stage';
    const metricCount = chance(0.1) ? 0 : 1 + int(3);
    const metrics: Metric[] = [];
    for (let m = 0; m < metricCount; m++) {
      metricNumber++;
      const owners = new Set<string>();
      const ownerCount = int(4);
      for (let o = 0; o < ownerCount; o++) owners.add(pick(siloIds));
      metrics.push({
        id: `metric-${metricNumber}`,
        name: `${pick(NOUNS)} score ${metricNumber}`,
        definition: `Share of customers who rate the ${pick(NOUNS)} as clear`,
        unit: pick(UNITS),
        direction: chance(0.6) ? 'higher-is-better' : 'lower-is-better',
        target: chance(0.8) ? int(100) : null,
        current: chance(0.7) ? int(100) : null,
        ownerSiloIds: [...owners],
      });
    }
    stages.push({
      id: `stage-${i + 1}`,
      name: i < STAGE_NAMES.length ? baseName : `${baseName} ${Math.floor(i / STAGE_NAMES.length) + 1}`,
      description: `What happens while the customer is in "${baseName}".`,
      customerGoal: `Get ${pick(NOUNS)} sorted without a fight`,
      accountableSiloId: chance(0.3) ? null : pick(siloIds),
      metrics,
    });
  }

  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < touchpointCount; i++) {
    // The first touchpoints cover every stage once, so only stages beyond the touchpoint count stay empty.
    const stageIndex = i < defaultedStages ? i : int(defaultedStages);
    touchpoints.push({
      id: `tp-${i + 1}`,
      title: `${pick(VERBS)} ${pick(NOUNS)}`,
      stageId: `stage-${stageIndex + 1}`,
      siloId: chance(0.05) ? null : pick(siloIds),
      channel: pick(CHANNELS),
      initiator: chance(0.6) ? 'company' : 'customer',
      intent: pick(INTENTS),
      emotion: chance(0.8) ? pick(EMOTIONS) : null,
      day: chance(0.4) ? stageIndex * 10 + int(10) : null,
      description: chance(0.5) ? '' : `Touchpoint ${i + 1} as the customer experiences it.`,
    });
  }
  touchpoints.sort((a, b) => stageNumber(a.stageId) - stageNumber(b.stageId));
  plantConflicts(touchpoints, int);

  const handoffs: Handoff[] = [];
  const handoffCount = touchpointCount >= 2 ? Math.min(LIMITS.maxHandoffs, Math.round(touchpointCount / 4)) : 0;
  for (let i = 0; i < handoffCount; i++) {
    const fromIndex = int(touchpointCount - 1);
    const toIndex = Math.min(touchpointCount - 1, fromIndex + 1 + int(3));
    const from = touchpoints[fromIndex];
    const to = touchpoints[toIndex];
    if (from === undefined || to === undefined) continue;
    handoffs.push({
      id: `handoff-${i + 1}`,
      fromTouchpointId: from.id,
      toTouchpointId: to.id,
      label: chance(0.5) ? '' : 'passes the case on',
      ownerSiloId: chance(0.5) ? null : pick(siloIds),
    });
  }

  const notes: Note[] = [];
  const noteCount = Math.max(1, Math.round(touchpointCount / 20));
  for (let i = 0; i < noteCount; i++) {
    notes.push({
      id: `note-${i + 1}`,
      text: `Parking lot: ask about the ${pick(NOUNS)}`,
      color: pick(NOTE_COLORS),
      stageId: chance(0.5) ? null : pick(stages).id,
    });
  }

  const comments: Comment[] = [];
  const commentCount = Math.max(1, Math.round(touchpointCount / 25));
  for (let i = 0; i < commentCount; i++) {
    const kindRoll = touchpointCount === 0 ? int(2) : int(3);
    const target: Comment['target'] =
      kindRoll === 0
        ? { kind: 'map', id: null }
        : kindRoll === 1
          ? { kind: 'stage', id: pick(stages).id }
          : { kind: 'touchpoint', id: pick(touchpoints).id };
    comments.push({
      id: `comment-${i + 1}`,
      author: pick(PEOPLE) || 'Anonymous reviewer',
      createdAt: new Date(BASE_TIME + (i + 1) * 60_000).toISOString(),
      text: `Who owns the ${pick(NOUNS)} here?`,
      resolved: chance(0.3),
      target,
    });
  }

  const alignment: Alignment | null = chance(0.2)
    ? null
    : {
        question: 'Name the stages of our customer experience',
        answers: PEOPLE.filter((person) => person !== '')
          .slice(0, 2 + int(3))
          .map((participant) => ({
            participant,
            items: STAGE_NAMES.slice(0, 3 + int(4)),
          })),
        agreedAt: chance(0.7) ? new Date(BASE_TIME + 3_600_000).toISOString() : null,
      };

  return {
    id: `map-${options.seed >>> 0}`,
    title: `Generated journey (${touchpointCount} touchpoints, seed ${options.seed})`,
    customer: { name: 'Household policyholder', description: 'A family insuring one or two cars.' },
    intendedMemory: 'They treated me like a person, not a policy number.',
    createdAt: new Date(BASE_TIME).toISOString(),
    updatedAt: new Date(BASE_TIME + 9_000_000).toISOString(),
    silos,
    stages,
    touchpoints,
    handoffs,
    notes,
    comments,
    alignment,
  };
}

function stageNumber(stageId: string): number {
  return Number(stageId.slice('stage-'.length));
}

/** Turns some same-stage pairs into the classic conflict: a sell and a cancel from two silos on one day. */
function plantConflicts(touchpoints: Touchpoint[], int: (maxExclusive: number) => number): void {
  for (let i = 0; i + 1 < touchpoints.length; i += 1 + 40 + int(20)) {
    const first = touchpoints[i];
    const second = touchpoints[i + 1];
    if (first === undefined || second === undefined) continue;
    if (first.stageId !== second.stageId) continue;
    if (first.siloId === null || second.siloId === null || first.siloId === second.siloId) continue;
    first.initiator = 'company';
    first.intent = 'sell';
    second.initiator = 'company';
    second.intent = 'cancel';
    second.day = first.day;
  }
}
