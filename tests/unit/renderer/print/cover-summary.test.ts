import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../../shared/analysis';
import { countBySeverity, topProblems } from '../../../../renderer/print/cover-summary';

const finding = (message: string, severity: Severity): Finding => ({
  code: 'empty-stage',
  severity,
  stageId: null,
  subject: { kind: 'stage', id: message },
  siloIds: [],
  touchpointIds: [],
  message,
});

describe('the cover’s findings summary', () => {
  const findings = [finding('a', 'low'), finding('b', 'high'), finding('c', 'medium'), finding('d', 'high'), finding('e', 'low')];

  it('counts findings per severity, worst first', () => {
    expect(countBySeverity(findings)).toEqual([
      { severity: 'high', count: 2 },
      { severity: 'medium', count: 1 },
      { severity: 'low', count: 2 },
    ]);
  });

  it('names the worst problems first, in the diagnosis’s order among equals', () => {
    expect(topProblems(findings).map((entry) => entry.message)).toEqual(['b', 'd', 'c']);
    expect(topProblems(findings, 1).map((entry) => entry.message)).toEqual(['b']);
    expect(topProblems([])).toEqual([]);
  });
});
