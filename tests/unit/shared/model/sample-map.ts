import type { JourneyMap, Touchpoint } from '../../../../shared/model/types';

/** Freezes a value and everything inside it, so any mutation by an operation throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function card(id: string, stageId: string, siloId: string | null, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    title: id.toUpperCase(),
    stageId,
    siloId,
    channel: 'email',
    initiator: 'company',
    intent: 'inform',
    emotion: null,
    day: null,
    description: '',
    ...fields,
  };
}

/**
 * Two stages (Buy, Use) and two silos (Sales, Billing):
 * Buy/Sales holds t1, t2; Buy/Billing t3; Use/Billing t4; Use/unowned t5.
 * Hand-offs t1→t3 (owned by Sales) and t3→t4 (owned by Billing). Buy has two metrics, Use none. Notes: one on Buy, one parked.
 * Comments on Buy, on t1 and on the map.
 */
export function sampleMap(): JourneyMap {
  return deepFreeze({
    id: 'map-1',
    title: 'Sample',
    customer: { name: 'Driver', description: 'Insures one car' },
    intendedMemory: 'Easy',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    silos: [
      { id: 'sales', name: 'Sales', color: '#2563eb', lead: 'Sam' },
      { id: 'billing', name: 'Billing', color: '#16a34a', lead: '' },
    ],
    stages: [
      {
        id: 'buy',
        name: 'Buy',
        description: '',
        customerGoal: 'A fair price',
        accountableSiloId: 'sales',
        metrics: [
          {
            id: 'm1',
            name: 'Quote to bind',
            definition: 'Minutes from quote to policy',
            unit: 'min',
            direction: 'lower-is-better',
            target: 15,
            current: 40,
            ownerSiloIds: ['sales', 'billing'],
          },
          {
            id: 'm2',
            name: 'Conversion',
            definition: '',
            unit: '%',
            direction: 'higher-is-better',
            target: null,
            current: null,
            ownerSiloIds: ['billing'],
          },
        ],
      },
      { id: 'use', name: 'Use', description: '', customerGoal: '', accountableSiloId: 'billing', metrics: [] },
    ],
    touchpoints: [
      card('t1', 'buy', 'sales'),
      card('t2', 'buy', 'sales'),
      card('t3', 'buy', 'billing'),
      card('t4', 'use', 'billing'),
      card('t5', 'use', null),
    ],
    handoffs: [
      { id: 'h1', fromTouchpointId: 't1', toTouchpointId: 't3', label: 'Send bill', ownerSiloId: 'sales' },
      { id: 'h2', fromTouchpointId: 't3', toTouchpointId: 't4', label: '', ownerSiloId: 'billing' },
    ],
    notes: [
      { id: 'n1', text: 'Who prices?', color: '#fde68a', stageId: 'buy' },
      { id: 'n2', text: 'Parked', color: '#fde68a', stageId: null },
    ],
    comments: [
      { id: 'c1', author: 'Exec', createdAt: '2026-01-02T00:00:00.000Z', text: 'Why two silos?', resolved: false, target: { kind: 'stage', id: 'buy' } },
      { id: 'c2', author: 'Exec', createdAt: '2026-01-02T00:00:00.000Z', text: 'Slow', resolved: false, target: { kind: 'touchpoint', id: 't1' } },
      { id: 'c3', author: 'Exec', createdAt: '2026-01-02T00:00:00.000Z', text: 'Nice map', resolved: true, target: { kind: 'map', id: null } },
    ],
    alignment: null,
  });
}

/** The ids of a cell's cards in display order. */
export function cellIds(map: JourneyMap, stageId: string, siloId: string | null): string[] {
  return map.touchpoints.filter((tp) => tp.stageId === stageId && tp.siloId === siloId).map((tp) => tp.id);
}
