import { describe, expect, it } from 'vitest';
import { formatCount, formatKilobytes, formatMs, formatTable, summaryLine, unavailableRow, verdictAtMost, type Row } from '../../../../scripts/bench/report';

const pass: Row = { figure: 'analyzeJourney', size: '5,000 tp', median: '4.20 ms', p95: '5.00 ms', target: '≤ 10 ms', verdict: 'PASS' };
const miss: Row = { figure: 'drag', size: '1,000 tp', median: 'p50 16.7 ms', p95: '50.0 ms', target: 'p95 ≤ 16.7 ms', verdict: 'MISS' };
const info: Row = { figure: 'analyzeJourney', size: '100 tp', median: '0.20 ms', p95: '0.30 ms', target: '—', verdict: '—' };

describe('the benchmark report', () => {
  it('judges a figure against its limit, the limit itself included', () => {
    expect(verdictAtMost(10, 10)).toBe('PASS');
    expect(verdictAtMost(10.01, 10)).toBe('MISS');
  });

  it('formats durations with fewer decimals as they grow', () => {
    expect(formatMs(4.2)).toBe('4.20 ms');
    expect(formatMs(42.25)).toBe('42.3 ms');
    expect(formatMs(1234.4)).toBe('1234 ms');
    expect(formatMs(Number.NaN)).toBe('n/a');
  });

  it('formats sizes and counts', () => {
    expect(formatKilobytes(211_800)).toBe('211.8 kB');
    expect(formatCount(20000)).toBe('20,000');
  });

  it('prints one aligned Markdown table with a numbered note per row that has one', () => {
    const table = formatTable([pass, unavailableRow('PDF', '300 tp', '≤ 3 s', 'the print view is missing')]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^\| figure +\| size +\| median +\| p95 +\| target +\| result +\|$/);
    expect(lines[1]).toMatch(/^\|-+\|-+\|-+\|-+\|-+\|-+\|$/);
    expect(new Set(lines.slice(0, 4).map((line) => line.length)).size).toBe(1);
    expect(lines[3]).toContain('PDF [1]');
    expect(lines[3]).toContain('n/a');
    expect(table).toContain('[1] the print view is missing');
  });

  it('escapes pipes inside cells so the table keeps its columns', () => {
    expect(formatTable([{ ...pass, size: 'a | b' }])).toContain('a \\| b');
  });

  it('counts the verdicts and names the misses; informational rows are not judged', () => {
    const line = summaryLine([pass, miss, info, unavailableRow('PDF', '300 tp', '≤ 3 s', 'missing')]);
    expect(line).toContain('1 PASS, 1 MISS, 1 n/a (of 3 rows with a target)');
    expect(line).toContain('Missed: drag (1,000 tp)');
  });
});
