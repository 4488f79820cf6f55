import { createDocumentStore, type DocumentStore } from '../../../../renderer/store/document-store';
import { viewStoreFor, type ViewStore } from '../../../../renderer/store/view-store';
import type { JourneyMap, Touchpoint } from '../../../../shared/model/types';

/** A touchpoint with defaults. */
export function tp(
  id: string,
  stageId: string,
  siloId: string | null,
  title = id,
  extra: Partial<Touchpoint> = {},
): Touchpoint {
  return {
    id,
    title,
    stageId,
    siloId,
    channel: 'email',
    initiator: 'company',
    intent: 'inform',
    emotion: null,
    day: null,
    description: '',
    ...extra,
  };
}

/**
 * A small workshop map: stages Discover (s1), Buy (s2); silos Sales (sales), Billing (billing);
 * cards Ad (s1/sales), Quote (s2/sales), Invoice (s2/billing), Stray (s1/unowned); hand-offs
 * Quote→Invoice (cross-silo) and Ad→Quote (same silo).
 */
export function workshopMap(): JourneyMap {
  return {
    id: 'map-1',
    title: 'Workshop map',
    customer: { name: 'Driver', description: 'Owns a car' },
    intendedMemory: 'Easy',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    silos: [
      { id: 'sales', name: 'Sales', color: '#2563eb', lead: 'Sam' },
      { id: 'billing', name: 'Billing', color: '#ca8a04', lead: '' },
    ],
    stages: [
      {
        id: 's1',
        name: 'Discover',
        description: '',
        customerGoal: 'Find an insurer',
        accountableSiloId: null,
        metrics: [],
      },
      { id: 's2', name: 'Buy', description: '', customerGoal: '', accountableSiloId: 'sales', metrics: [] },
    ],
    touchpoints: [
      tp('ad', 's1', 'sales', 'Ad', { channel: 'web', emotion: 1 }),
      tp('quote', 's2', 'sales', 'Quote', { day: 3 }),
      tp('invoice', 's2', 'billing', 'Invoice', { emotion: -2 }),
      tp('stray', 's1', null, 'Stray'),
    ],
    handoffs: [
      {
        id: 'h-cross',
        fromTouchpointId: 'quote',
        toTouchpointId: 'invoice',
        label: 'Send bill',
        ownerSiloId: 'billing',
      },
      { id: 'h-same', fromTouchpointId: 'ad', toTouchpointId: 'quote', label: '', ownerSiloId: null },
    ],
    notes: [],
    comments: [],
    alignment: null,
  };
}

/** A document store (and its view store) holding `map`. */
export function storesFor(
  map: JourneyMap = workshopMap(),
  readOnly = false,
): { documentStore: DocumentStore; viewStore: ViewStore } {
  const documentStore = createDocumentStore({ map, info: { fileName: 'workshop.journeymap', readOnly } });
  return { documentStore, viewStore: viewStoreFor(documentStore) };
}

/** How many undo steps the store holds. */
export function undoSteps(store: DocumentStore): number {
  return store.temporal.getState().pastStates.length;
}
