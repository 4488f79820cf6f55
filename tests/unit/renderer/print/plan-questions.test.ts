import { describe, expect, it } from 'vitest';
import { analyzeJourney, type Finding } from '../../../../shared/analysis';
import { questionEntries, STAGELESS_GROUP_HEADING } from '../../../../renderer/print/plan-questions';
import { loadFixtureMap, smallMap } from './print-fixture';

describe('the "Questions to resolve" flow', () => {
  const map = loadFixtureMap();
  const findings = analyzeJourney(map);
  const entries = questionEntries(map, findings);

  it('lists every finding exactly once, with its message and plain explanation', () => {
    const messages = entries.flatMap((entry) => (entry.block.kind === 'finding' ? [entry.block.message] : []));
    expect(messages).toEqual(findings.map((finding) => finding.message));
    const first = entries.find((entry) => entry.block.kind === 'finding')?.block;
    expect(first).toMatchObject({ severityText: expect.stringMatching(/^(High|Medium|Low)$/), explanation: expect.any(String) });
  });

  it('groups findings under their stage’s heading in column order, each heading kept with what follows', () => {
    const headings = entries.filter((entry) => entry.block.kind === 'group-heading');
    const stagesWithFindings = map.stages.filter((stage) => findings.some((finding) => finding.stageId === stage.id));
    expect(headings.map((entry) => (entry.block.kind === 'group-heading' ? entry.block.text : ''))).toEqual(
      stagesWithFindings.map((stage) => stage.name),
    );
    expect(headings.every((entry) => entry.keepWithNext)).toBe(true);
  });

  it('gives each stage heading its status badge in words', () => {
    const onboard = entries.find((entry) => entry.block.kind === 'group-heading' && entry.block.text === 'Onboard')?.block;
    expect(onboard).toMatchObject({ badge: { status: 'critical', text: expect.stringMatching(/^Critical: /) } });
  });

  it('puts findings that belong to no stage last, under their own heading', () => {
    const small = smallMap();
    const stageless: Finding = {
      code: 'cross-silo-handoff',
      severity: 'medium',
      stageId: null,
      subject: { kind: 'handoff', id: 'h-1' },
      siloIds: [],
      touchpointIds: [],
      message: 'A hand-off nobody owns.',
    };
    const flow = questionEntries(small, [stageless, ...analyzeJourney(small)]);
    const last = flow.slice(-2).map((entry) => entry.block);
    expect(last[0]).toMatchObject({ kind: 'group-heading', text: STAGELESS_GROUP_HEADING });
    expect(last[1]).toMatchObject({ kind: 'finding', message: 'A hand-off nobody owns.' });
  });

  it('says so plainly when there is nothing to resolve', () => {
    expect(questionEntries(smallMap(), []).map((entry) => entry.block.kind)).toEqual(['note']);
  });
});

describe('the "Questions to resolve" flow of a map the diagnosis could not list in full', () => {
  it('opens with the notice of what was left out, then the findings as usual', () => {
    const map = loadFixtureMap();
    const findings = analyzeJourney(map);
    const notice = 'This map has 1,000,695 pairs of conflicting messages; 2,000 of them are listed.';
    const entries = questionEntries(map, findings, notice);
    expect(entries[0]).toEqual({ block: { kind: 'note', text: notice }, keepWithNext: false });
    expect(entries.slice(1)).toEqual(questionEntries(map, findings));
  });
});
