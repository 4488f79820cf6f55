import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { addStage, createEmptyMap, newStage } from '../../../../shared/model';
import { calloutOrder, positionLabel, stageAnnouncement } from '../../../../renderer/presentation/stage-announcement';
import { autoInsuranceMap } from './presentation-fixture';

const map = autoInsuranceMap();
const findings = analyzeJourney(map);

describe('what the presentation announces', () => {
  it('names the position, the stage and its problems, worst and split ownership first', () => {
    expect(stageAnnouncement(map, findings, 1)).toBe(
      'Stage 2 of 6: Quote & buy — Split ownership, Metric not shared, Unowned hand-off, Pain without recovery, Metric off target (5 problems).',
    );
  });

  it('names each kind of problem once but counts every problem', () => {
    const text = stageAnnouncement(map, findings, 2);
    expect(text.startsWith('Stage 3 of 6: Onboard — No shared metric, Unowned touchpoint, Split ownership')).toBe(true);
    expect(text.endsWith('(5 problems).')).toBe(true);
  });

  it('says the whole map has how many stages and problems', () => {
    expect(stageAnnouncement(map, findings, null)).toBe(
      `Whole map: 6 stages, ${findings.length} problems. Press the right arrow for the first stage.`,
    );
  });

  it('says so when a stage has no problems or the map has no stages', () => {
    const oneStage = addStage(createEmptyMap({ title: 'Tiny' }), newStage({ name: 'Discover' }));
    expect(stageAnnouncement(oneStage, [], 0)).toBe('Stage 1 of 1: Discover — no problems found.');
    expect(stageAnnouncement(createEmptyMap({ title: 'Empty' }), [], null)).toBe('Whole map: this map has no stages yet.');
  });

  it('orders callouts by severity, then in the order the diagnosis rules list them', () => {
    const order = calloutOrder(findings, 'stage-onboard').map((finding) => `${finding.severity} ${finding.code}`);
    expect(order).toEqual([
      'high missing-metric',
      'high unowned-touchpoint',
      'medium split-ownership',
      'medium cross-silo-handoff',
      'low pain-without-recovery',
    ]);
  });

  it('labels the position', () => {
    expect(positionLabel(null, 6)).toBe('Whole map');
    expect(positionLabel(5, 6)).toBe('Stage 6 of 6');
  });
});
