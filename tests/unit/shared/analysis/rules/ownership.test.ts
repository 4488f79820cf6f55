import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../../shared/analysis';
import { SILOS, findingsWithCode, journeyMap, metric, silo, stage, touchpoint } from '../map-builder';

describe('split-ownership', () => {
  it('flags a stage delivered by Sales and Billing with no accountable silo, as medium', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('buy', { name: 'Buy' })],
      touchpoints: [touchpoint('t1', 'buy', 'sales'), touchpoint('t2', 'buy', 'billing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'split-ownership')).toEqual([
      {
        code: 'split-ownership',
        severity: 'medium',
        stageId: 'buy',
        subject: { kind: 'stage', id: 'buy' },
        siloIds: ['sales', 'billing'],
        touchpointIds: [],
        message: 'Buy is delivered by Sales and Billing, but no silo is accountable for it.',
      },
    ]);
  });

  it('is high when three or more silos deliver the stage, and lists them in lane order', () => {
    const map = journeyMap({
      silos: [silo('sales', 'Sales & Agents'), silo('uw', 'Underwriting'), silo('billing', 'Billing')],
      stages: [stage('buy', { name: 'Quote & buy' })],
      touchpoints: [touchpoint('t1', 'buy', 'billing'), touchpoint('t2', 'buy', 'sales'), touchpoint('t3', 'buy', 'uw')],
    });
    const [finding] = findingsWithCode(analyzeJourney(map), 'split-ownership');
    expect(finding?.severity).toBe('high');
    expect(finding?.siloIds).toEqual(['sales', 'uw', 'billing']);
    expect(finding?.message).toBe('Quote & buy is delivered by Sales & Agents, Underwriting and Billing, but no silo is accountable for it.');
  });

  it('counts each delivering silo once however many touchpoints it has', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('buy')],
      touchpoints: [touchpoint('t1', 'buy', 'sales'), touchpoint('t2', 'buy', 'sales'), touchpoint('t3', 'buy', 'billing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'split-ownership').map((finding) => finding.severity)).toEqual(['medium']);
  });

  it('does not fire when a silo is accountable, even one that delivers nothing there', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('buy', { accountableSiloId: 'claims' })],
      touchpoints: [touchpoint('t1', 'buy', 'sales'), touchpoint('t2', 'buy', 'billing'), touchpoint('t3', 'buy', 'service')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'split-ownership')).toEqual([]);
  });

  it('does not fire for a stage one silo delivers', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('buy')],
      touchpoints: [touchpoint('t1', 'buy', 'sales'), touchpoint('t2', 'buy', 'sales')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'split-ownership')).toEqual([]);
  });

  it('does not count unowned touchpoints in D(S)', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('buy')],
      touchpoints: [touchpoint('t1', 'buy', 'sales'), touchpoint('t2', 'buy', null), touchpoint('t3', 'buy', null)],
    });
    expect(findingsWithCode(analyzeJourney(map), 'split-ownership')).toEqual([]);
  });

  it('only counts the touchpoints of that stage', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('buy'), stage('use')],
      touchpoints: [touchpoint('t1', 'buy', 'sales'), touchpoint('t2', 'use', 'billing')],
    });
    expect(findingsWithCode(analyzeJourney(map), 'split-ownership')).toEqual([]);
  });
});

describe('unowned-touchpoint', () => {
  it('flags each touchpoint with no silo as high, in its own stage, with no silos', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('onboard', { name: 'Onboard', metrics: [metric('m')] })],
      touchpoints: [touchpoint('owned', 'onboard', 'sales'), touchpoint('app', 'onboard', null, { title: 'App account set-up' })],
    });
    expect(findingsWithCode(analyzeJourney(map), 'unowned-touchpoint')).toEqual([
      {
        code: 'unowned-touchpoint',
        severity: 'high',
        stageId: 'onboard',
        subject: { kind: 'touchpoint', id: 'app' },
        siloIds: [],
        touchpointIds: ['app'],
        message: '\u201cApp account set-up\u201d in Onboard is not owned by any silo.',
      },
    ]);
  });

  it('does not fire for owned touchpoints', () => {
    const map = journeyMap({ silos: SILOS, stages: [stage('s')], touchpoints: [touchpoint('t', 's', 'sales')] });
    expect(findingsWithCode(analyzeJourney(map), 'unowned-touchpoint')).toEqual([]);
  });

  it('does not crash on a touchpoint whose stage or silo is unknown, and puts it under no stage', () => {
    const map = journeyMap({
      silos: SILOS,
      stages: [stage('s')],
      touchpoints: [touchpoint('lost', 'ghost-stage', null), touchpoint('odd', 's', 'ghost-silo'), touchpoint('t', 's', 'sales')],
    });
    const findings = analyzeJourney(map);
    expect(findingsWithCode(findings, 'unowned-touchpoint').map((finding) => finding.stageId)).toEqual([null]);
    expect(findingsWithCode(findings, 'split-ownership')[0]?.siloIds).toEqual(['sales', 'ghost-silo']);
  });
});
