import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend, LEGEND_ENTRIES } from '../../../../renderer/findings/Legend';

afterEach(cleanup);

describe('the legend', () => {
  it('explains every status and mark in words, next to its icon', () => {
    render(<Legend />);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const terms = within(legend).getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual([
      'Critical',
      'Warning',
      'Note',
      'OK',
      'Cross-silo hand-off',
      'Unowned hand-off',
      'Conflicting touchpoint',
      'Unowned touchpoint',
      'Accountable',
      'Split',
      'No shared metric',
    ]);
    expect(within(legend).getAllByRole('definition')).toHaveLength(LEGEND_ENTRIES.length);
    for (const term of within(legend).getAllByRole('term')) expect(term.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('shows only the chosen marks, in the chosen order, under the given heading', () => {
    render(<Legend title="Marks" headingLevel={3} marks={['split', 'accountable']} />);
    const legend = screen.getByRole('region', { name: 'Marks' });
    expect(within(legend).getByRole('heading', { level: 3 })).toHaveTextContent('Marks');
    expect(within(legend).getAllByRole('term').map((term) => term.textContent)).toEqual(['Split', 'Accountable']);
  });
});
