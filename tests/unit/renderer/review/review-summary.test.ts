import { describe, expect, it } from 'vitest';
import { summarizeForReview, type StageSummary } from '../../../../renderer/review/review-summary';
import { analyzeJourney } from '../../../../shared/analysis';
import { updateMetric } from '../../../../shared/model';
import type { JourneyMap } from '../../../../shared/model/types';
import { fixtureMap } from '../analysis/diagnosis-fixture';

function summaryOf(map: JourneyMap) {
  return summarizeForReview(map, analyzeJourney(map));
}

function stage(summary: ReturnType<typeof summaryOf>, name: string): StageSummary {
  const found = summary.stages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no stage ${name}`);
  return found;
}

describe('the review summary of the auto-insurance map', () => {
  const summary = summaryOf(fixtureMap());

  it('names the customer and the memory we want them to keep', () => {
    expect(summary.customerName).toBe('Household policyholder');
    expect(summary.customerDescription).toBe('A family insuring one or two cars, buying direct or through an agent.');
    expect(summary.intendedMemory).toBe('They treated me like a person, not a policy number.');
  });

  it('sums the map up in one sentence', () => {
    expect(summary.overview).toBe('21 problems to resolve in 6 stages; 3 stages are critical.');
  });

  it('goes stage by stage in column order with each stage status', () => {
    expect(summary.stages.map((s) => [s.name, s.status])).toEqual([
      ['Discover', 'note'],
      ['Quote & buy', 'warning'],
      ['Onboard', 'critical'],
      ['Use & pay', 'critical'],
      ['Claim', 'warning'],
      ['Renew or leave', 'critical'],
    ]);
  });

  it('says what works: the accountable silo and the shared metrics', () => {
    expect(stage(summary, 'Discover').working).toEqual(['Marketing is accountable', '1 shared metric']);
    expect(stage(summary, 'Use & pay').working).toEqual(['Billing is accountable', '1 shared metric']);
    expect(stage(summary, 'Claim').working).toEqual(['Claims is accountable', '1 shared metric']);
    expect(stage(summary, 'Onboard').working).toEqual([]);
  });

  it('says what is broken in plain words, worst first', () => {
    expect(stage(summary, 'Renew or leave').broken).toEqual([
      { severity: 'high', text: 'Nobody measures how Renew or leave goes for the customer, so agree on a shared metric for it.' },
      {
        severity: 'high',
        text: 'Sales & Agents, Billing and Actuarial each run part of Renew or leave, but nobody answers for the whole of it, so decide which silo is accountable.',
      },
      {
        severity: 'low',
        text: 'Customers have bad moments in Renew or leave and nothing there apologises and makes it right, so plan a recovery step.',
      },
    ]);
    expect(stage(summary, 'Discover').broken).toEqual([
      { severity: 'low', text: '\u201cShortlist rate\u201d in Discover is worse than its target (22% against 30%).' },
    ]);
  });

  it('has nothing left over outside the stages', () => {
    expect(summary.acrossTheMap).toEqual([]);
  });
});

describe('the review summary of a healthy stage', () => {
  it('reads "Marketing is accountable", "1 shared metric, on target", "No problems found"', () => {
    const map = updateMetric(fixtureMap(), 'metric-consideration', { current: 35 });
    expect(stage(summaryOf(map), 'Discover').working).toEqual(['Marketing is accountable', '1 shared metric, on target', 'No problems found']);
    expect(stage(summaryOf(map), 'Discover').broken).toEqual([]);
    expect(stage(summaryOf(map), 'Discover').status).toBe('ok');
  });

  it('credits owned hand-offs between silos', () => {
    const base = fixtureMap();
    const map = { ...base, handoffs: base.handoffs.map((handoff) => ({ ...handoff, ownerSiloId: 'silo-service' })) };
    expect(stage(summaryOf(map), 'Claim').working).toContain('The hand-off between silos has an owner');
  });

  it('says when a map has no stages or no problems', () => {
    const empty = { ...fixtureMap(), stages: [], touchpoints: [], handoffs: [], notes: [], comments: [], alignment: null };
    expect(summaryOf(empty).overview).toBe('The map has no stages yet.');
    expect(summarizeForReview(fixtureMap(), []).overview).toBe('No problems found in 6 stages.');
  });
});
