import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import { stageEntries } from '../../../../renderer/print/plan-stage';
import type { PrintBlock } from '../../../../renderer/print/print-blocks';
import { loadFixtureMap, smallMap } from './print-fixture';

const map = loadFixtureMap();
const findings = analyzeJourney(map);
const stage = (name: string) => {
  const found = map.stages.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`No stage ${name}`);
  return found;
};
const blocksOf = (name: string): PrintBlock[] => stageEntries(map, findings, stage(name)).map((entry) => entry.block);

describe('a stage page’s flow', () => {
  it('starts with the status badge, the description, the customer goal and who is accountable', () => {
    const blocks = blocksOf('Use & pay');
    expect(blocks[0]).toMatchObject({ kind: 'status', badge: { status: 'critical' } });
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'paragraph', label: 'What happens here', text: stage('Use & pay').description }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'paragraph', label: 'Customer goal', text: stage('Use & pay').customerGoal }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ kind: 'paragraph', label: 'Ownership', text: expect.stringContaining('Accountable: Billing') }),
    );
  });

  it('lists the stage’s touchpoints grouped by silo in lane order, the accountable silo marked', () => {
    const blocks = blocksOf('Use & pay');
    const grouped = blocks.filter((block) => block.kind === 'subheading' || block.kind === 'touchpoint');
    expect(
      grouped.map((block) =>
        block.kind === 'subheading'
          ? `# ${block.text}${block.note ? ` (${block.note})` : ''}`
          : block.kind === 'touchpoint'
            ? block.title
            : '',
      ),
    ).toEqual([
      '# Marketing',
      'Home-insurance cross-sell offer',
      '# Billing (Accountable)',
      'Monthly direct debit notice',
      '# Customer Service',
      'Change of address call',
    ]);
  });

  it('shows each touchpoint’s channel, intent, who starts it, the feeling and the day', () => {
    const card = blocksOf('Onboard').find((block) => block.kind === 'touchpoint' && block.title === 'First invoice');
    expect(card).toMatchObject({ meta: 'Email · Bill · Company starts it · Feels −1 unhappy · Day 6' });
  });

  it('puts touchpoints nobody owns under "No owner"', () => {
    const blocks = blocksOf('Onboard');
    const index = blocks.findIndex((block) => block.kind === 'subheading' && block.text === 'No owner');
    expect(blocks[index + 1]).toMatchObject({ kind: 'touchpoint', title: 'App account set-up' });
  });

  it('shows each metric with its state, unit, target, current value and owners, then its definition', () => {
    const blocks = blocksOf('Quote & buy');
    const index = blocks.findIndex((block) => block.kind === 'metric');
    expect(blocks[index]).toMatchObject({
      kind: 'metric',
      name: 'Quote-to-bind time',
      state: 'off-target',
      stateText: 'Off target',
      values: 'Unit: min · Target: 15 min · Current: 42 min · Lower is better',
      owners: 'Shared by: Sales & Agents',
    });
    expect(blocks[index + 1]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^Definition: /) });
  });

  it('ends with exactly the findings of this stage', () => {
    const own = findings.filter((finding) => finding.stageId === stage('Claim').id).map((finding) => finding.message);
    const printed = blocksOf('Claim').flatMap((block) => (block.kind === 'finding' ? [block.message] : []));
    expect(printed).toEqual(own);
    expect(own.length).toBeGreaterThan(0);
  });

  it('says plainly when a stage has no touchpoints, no metric and nothing flagged', () => {
    const empty = smallMap((draft) => {
      draft.stages.push({ id: 'stage-3', name: 'Leave', description: '', customerGoal: '', accountableSiloId: null, metrics: [] });
    });
    const leave = empty.stages[2];
    if (leave === undefined) throw new Error('no stage');
    const notes = stageEntries(empty, [], leave).flatMap((entry) => (entry.block.kind === 'note' ? [entry.block.text] : []));
    expect(notes).toEqual([
      'No touchpoints are mapped in this stage yet.',
      'No shared metric is defined for this stage.',
      'Nothing is flagged in this stage.',
    ]);
  });

  it('keeps every heading with the block after it', () => {
    const entries = stageEntries(map, findings, stage('Claim'));
    for (const entry of entries) {
      if (entry.block.kind === 'section-heading' || entry.block.kind === 'subheading') expect(entry.keepWithNext).toBe(true);
    }
  });
});
