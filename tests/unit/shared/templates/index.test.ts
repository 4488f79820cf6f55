import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { parseJourneyFile, serializeJourneyFile, validateJourneyMap } from '../../../../shared/format';
import { checkIntegrity } from '../../../../shared/model/integrity';
import { findTemplate, TEMPLATES } from '../../../../shared/templates';

const NOW = '2026-11-20T09:30:00.000Z';
const RICH = TEMPLATES.filter((template) => template.id !== 'blank');

describe('the template list', () => {
  it('offers Blank first, then the three industry maps', () => {
    expect(TEMPLATES.map((template) => template.name)).toEqual([
      'Blank',
      'Auto insurance: policy lifecycle',
      'Retail: purchase and returns',
      'B2B software: onboarding to renewal',
    ]);
    expect(new Set(TEMPLATES.map((template) => template.id)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) expect(template.description.length).toBeGreaterThan(20);
  });

  it('finds a template by id', () => {
    expect(findTemplate('retail-purchase-returns')?.name).toBe('Retail: purchase and returns');
    expect(findTemplate('nope')).toBeUndefined();
  });

  it('gives Blank an empty, valid map', () => {
    const map = findTemplate('blank')?.create(NOW);
    expect(map).toMatchObject({ stages: [], silos: [], touchpoints: [], createdAt: NOW, updatedAt: NOW });
  });
});

describe.each(TEMPLATES.map((template) => [template.name, template] as const))('template "%s"', (_name, template) => {
  const map = template.create(NOW);

  it('keeps every integrity rule of the spec', () => {
    expect(checkIntegrity(map)).toEqual([]);
  });

  it('is accepted by the file format and survives a save and reload unchanged', () => {
    const validated = validateJourneyMap(map);
    expect(validated.ok ? [] : validated.error.message).toEqual([]);
    const reloaded = parseJourneyFile(serializeJourneyFile(map));
    expect(reloaded.ok && reloaded.map).toEqual(map);
  });

  it('is dated now and gets a fresh map id each time, with the same stable ids inside', () => {
    const again = template.create(NOW);
    expect(map.createdAt).toBe(NOW);
    expect(map.updatedAt).toBe(NOW);
    expect(again.id).not.toBe(map.id);
    expect({ ...again, id: map.id }).toEqual(map);
  });

  it('hands out independent copies', () => {
    const again = template.create(NOW);
    expect(again.stages).not.toBe(map.stages);
    again.stages.forEach((stage, i) =>
      stage.metrics.forEach((metric, j) => expect(metric.ownerSiloIds).not.toBe(map.stages[i]?.metrics[j]?.ownerSiloIds)),
    );
  });
});

describe.each(RICH.map((template) => [template.name, template] as const))('rich template "%s"', (_name, template) => {
  const map = template.create(NOW);
  const metrics = map.stages.flatMap((stage) => stage.metrics);

  it('has 5–8 stages, 5–7 silos and 15–30 touchpoints', () => {
    expect(map.stages.length).toBeGreaterThanOrEqual(5);
    expect(map.stages.length).toBeLessThanOrEqual(8);
    expect(map.silos.length).toBeGreaterThanOrEqual(5);
    expect(map.silos.length).toBeLessThanOrEqual(7);
    expect(map.touchpoints.length).toBeGreaterThanOrEqual(15);
    expect(map.touchpoints.length).toBeLessThanOrEqual(30);
  });

  it('defines its customer and the memory it wants to leave', () => {
    expect(map.customer.name).not.toBe('');
    expect(map.customer.description).not.toBe('');
    expect(map.intendedMemory).not.toBe('');
  });

  it('uses varied channels, intents and emotions, with days and descriptions on some cards', () => {
    expect(new Set(map.touchpoints.map((tp) => tp.channel)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(map.touchpoints.map((tp) => tp.intent)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(map.touchpoints.map((tp) => tp.emotion)).size).toBeGreaterThanOrEqual(4);
    expect(map.touchpoints.filter((tp) => tp.day !== null).length).toBeGreaterThan(map.touchpoints.length / 2);
    expect(map.touchpoints.filter((tp) => tp.description !== '').length).toBeGreaterThanOrEqual(3);
    expect(new Set(map.touchpoints.map((tp) => tp.initiator))).toEqual(new Set(['company', 'customer']));
  });

  it('measures stages with defined metrics that have units, targets, current values and owners', () => {
    expect(metrics.length).toBeGreaterThanOrEqual(5);
    for (const metric of metrics) {
      expect(metric.definition).not.toBe('');
      expect(metric.unit).not.toBe('');
      expect(metric.current).not.toBeNull();
    }
    expect(metrics.filter((metric) => metric.target !== null && metric.ownerSiloIds.length > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('has labelled hand-offs, some owned and some not, and a couple of notes', () => {
    expect(map.handoffs.length).toBeGreaterThanOrEqual(4);
    expect(map.handoffs.every((handoff) => handoff.label !== '')).toBe(true);
    expect(map.handoffs.some((handoff) => handoff.ownerSiloId === null)).toBe(true);
    expect(map.handoffs.some((handoff) => handoff.ownerSiloId !== null)).toBe(true);
    expect(map.notes.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves problems to discuss: split ownership, a stage with no metric, an unshared metric, an unowned cross-silo hand-off, an unowned card and a same-day conflict', () => {
    const codes = new Set(analyzeJourney(map).map((finding) => finding.code));
    for (const code of [
      'split-ownership',
      'missing-metric',
      'unshared-metric',
      'cross-silo-handoff',
      'unowned-touchpoint',
      'conflicting-messages',
    ] as const) {
      expect(codes, code).toContain(code);
    }
  });

  it('also gets some stages right, so the map is not all red', () => {
    const troubled = new Set(
      analyzeJourney(map)
        .filter((finding) => finding.severity !== 'low')
        .map((finding) => finding.stageId),
    );
    expect(map.stages.some((stage) => !troubled.has(stage.id))).toBe(true);
  });
});

describe('the deliberate conflicts', () => {
  const conflicts = (id: string) => {
    const template = findTemplate(id);
    if (template === undefined) throw new Error(`no template ${id}`);
    return analyzeJourney(template.create(NOW))
      .filter((finding) => finding.code === 'conflicting-messages')
      .map((finding) => finding.touchpointIds);
  };

  it('auto insurance: the cross-sell offer and the non-renewal notice on day 300', () => {
    expect(conflicts('auto-insurance')).toEqual([['ai-tp-cross-sell', 'ai-tp-cancel-notice']]);
  });

  it('retail: the payment-declined email and the "complete the look" offer on day 3', () => {
    expect(conflicts('retail-purchase-returns')).toEqual([['rt-tp-payment-declined', 'rt-tp-complete-look']]);
  });

  it('B2B software: the upgrade offer and the overdue-invoice notice on day 300', () => {
    expect(conflicts('b2b-software')).toEqual([['b2b-tp-upgrade-offer', 'b2b-tp-overdue']]);
  });
});
