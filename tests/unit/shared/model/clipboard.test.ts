import { describe, expect, it } from 'vitest';
import {
  CLIPBOARD_KIND,
  copySelection,
  duplicateTouchpoints,
  parseClipboard,
  pasteClipboard,
  serializeClipboard,
} from '../../../../shared/model/clipboard';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { removeSilo } from '../../../../shared/model/silos';
import { removeStage } from '../../../../shared/model/stages';
import { cellIds, sampleMap } from './sample-map';

describe('copying a selection', () => {
  it('copies the cards in map order and only the hand-offs between them', () => {
    const payload = copySelection(sampleMap(), ['t3', 't1', 't5']);
    expect(payload.touchpoints.map((tp) => tp.id)).toEqual(['t1', 't3', 't5']);
    expect(payload.handoffs.map((handoff) => handoff.id)).toEqual(['h1']);
  });
});

describe('pasting', () => {
  const payload = copySelection(sampleMap(), ['t1', 't3']);

  it('pastes copies with fresh ids at the end of the target cell, in copied order', () => {
    const { map, pastedIds } = pasteClipboard(sampleMap(), payload, { stageId: 'use', siloId: 'sales' });
    expect(pastedIds).toHaveLength(2);
    expect(cellIds(map, 'use', 'sales')).toEqual(pastedIds);
    expect(pastedIds).not.toContain('t1');
    expect(map.touchpoints.filter((tp) => pastedIds.includes(tp.id)).map((tp) => tp.title)).toEqual(['T1', 'T3']);
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('remaps the hand-offs between pasted cards to the copies', () => {
    const { map, pastedIds } = pasteClipboard(sampleMap(), payload, null);
    const copied = map.handoffs.at(-1);
    expect(map.handoffs).toHaveLength(3);
    expect(copied).toMatchObject({ fromTouchpointId: pastedIds[0], toTouchpointId: pastedIds[1], label: 'Send bill', ownerSiloId: 'sales' });
    expect(copied?.id).not.toBe('h1');
  });

  it('without a target puts each card back in its own stage and lane', () => {
    const { map, pastedIds } = pasteClipboard(sampleMap(), payload, null);
    expect(cellIds(map, 'buy', 'sales')).toEqual(['t1', 't2', pastedIds[0]]);
    expect(cellIds(map, 'buy', 'billing')).toEqual(['t3', pastedIds[1]]);
  });

  it('uses the first stage and the unowned lane when the original stage or silo is gone', () => {
    const target = removeSilo(removeStage(sampleMap(), 'buy'), 'sales');
    const { map, pastedIds } = pasteClipboard(target, payload, null);
    expect(pastedIds.map((id) => map.touchpoints.find((tp) => tp.id === id)).map((tp) => [tp?.stageId, tp?.siloId])).toEqual([
      ['use', null],
      ['use', 'billing'],
    ]);
    expect(map.handoffs.at(-1)?.ownerSiloId).toBeNull();
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('falls back to the original places when the target cell does not exist', () => {
    const { map, pastedIds } = pasteClipboard(sampleMap(), payload, { stageId: 'ghost', siloId: null });
    expect(map.touchpoints.find((tp) => tp.id === pastedIds[0])?.stageId).toBe('buy');
  });

  it('pastes nothing into a map without stages', () => {
    const empty = { ...sampleMap(), stages: [], touchpoints: [], handoffs: [], notes: [], comments: [] };
    const result = pasteClipboard(empty, payload, null);
    expect(result.map).toBe(empty);
    expect(result.pastedIds).toEqual([]);
  });

  it('can paste the same payload twice without id clashes', () => {
    const once = pasteClipboard(sampleMap(), payload, null).map;
    const twice = pasteClipboard(once, payload, null).map;
    expect(twice.touchpoints).toHaveLength(9);
    expect(checkIntegrity(twice)).toEqual([]);
  });
});

describe('duplicating', () => {
  it('puts each copy right after its original, with a fresh id and the hand-offs between copies', () => {
    const { map, pastedIds } = duplicateTouchpoints(sampleMap(), ['t1', 't3']);
    expect(map.touchpoints.map((tp) => tp.id)).toEqual(['t1', pastedIds[0], 't2', 't3', pastedIds[1], 't4', 't5']);
    expect(map.handoffs.at(-1)).toMatchObject({ fromTouchpointId: pastedIds[0], toTouchpointId: pastedIds[1] });
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('duplicating nothing returns the same map', () => {
    const map = sampleMap();
    expect(duplicateTouchpoints(map, ['ghost']).map).toBe(map);
  });
});

describe('clipboard text', () => {
  it('round-trips through serialize and parse', () => {
    const payload = copySelection(sampleMap(), ['t1', 't3']);
    expect(parseClipboard(serializeClipboard(payload))).toEqual(payload);
  });

  it('ignores text that is not ours', () => {
    expect(parseClipboard('hello world')).toBeNull();
    expect(parseClipboard('{"touchpoints": []}')).toBeNull();
    expect(parseClipboard(`{"kind":"${CLIPBOARD_KIND}"`)).toBeNull();
    expect(parseClipboard(JSON.stringify({ kind: CLIPBOARD_KIND, version: 99, touchpoints: [], handoffs: [] }))).toBeNull();
    expect(parseClipboard(42)).toBeNull();
  });

  it('returns null when no card is usable', () => {
    const text = JSON.stringify({ kind: CLIPBOARD_KIND, version: 1, touchpoints: [{ id: 'a' }, 'x', null], handoffs: [] });
    expect(parseClipboard(text)).toBeNull();
  });

  it('cleans hostile values and drops broken hand-offs', () => {
    const text = JSON.stringify({
      kind: CLIPBOARD_KIND,
      version: 1,
      touchpoints: [
        { id: 'a', title: 'A', stageId: 's', siloId: 5, channel: 'fax', initiator: 'robot', intent: 'x', emotion: 99, day: 'soon', description: 7 },
        { id: 'a', title: 'duplicate id', stageId: 's' },
        { id: 'b', title: 'B'.repeat(500), stageId: 's', siloId: null },
      ],
      handoffs: [
        { id: 'h', fromTouchpointId: 'a', toTouchpointId: 'b', label: 'ok', ownerSiloId: 'x' },
        { id: 'h2', fromTouchpointId: 'a', toTouchpointId: 'a' },
        { id: 'h3', fromTouchpointId: 'a', toTouchpointId: 'zzz' },
      ],
    });
    const payload = parseClipboard(text);
    expect(payload?.touchpoints).toEqual([
      { id: 'a', title: 'A', stageId: 's', siloId: null, channel: 'other', initiator: 'company', intent: 'other', emotion: 2, day: null, description: '' },
      expect.objectContaining({ id: 'b', title: 'B'.repeat(200) }),
    ]);
    expect(payload?.handoffs.map((handoff) => handoff.id)).toEqual(['h']);
  });

  it('survives __proto__ keys and deep nesting', () => {
    const proto = `{"kind":"${CLIPBOARD_KIND}","version":1,"__proto__":{"polluted":true},"touchpoints":[{"id":"a","title":"A","stageId":"s","__proto__":{"x":1}}],"handoffs":[]}`;
    const payload = parseClipboard(proto);
    expect(payload?.touchpoints[0]?.id).toBe('a');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const deep = `{"kind":"${CLIPBOARD_KIND}","touchpoints":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(parseClipboard(deep)).toBeNull();
  });

  it('pasting parsed text into a map keeps it valid', () => {
    const payload = parseClipboard(serializeClipboard(copySelection(sampleMap(), ['t1', 't2', 't3'])));
    expect(payload).not.toBeNull();
    if (payload === null) return;
    const { map } = pasteClipboard(sampleMap(), payload, { stageId: 'use', siloId: null });
    expect(cellIds(map, 'use', null)).toHaveLength(4);
    expect(checkIntegrity(map)).toEqual([]);
  });
});
