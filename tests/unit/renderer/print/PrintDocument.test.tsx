import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PrintDocument } from '../../../../renderer/print/PrintDocument';
import { conflictFloodMap } from '../../shared/analysis/map-builder';
import { ALL_SECTIONS, loadFixtureMap, printOptions } from './print-fixture';

const questionsOnly = printOptions({ sections: { ...ALL_SECTIONS, cover: false, map: false, stages: false, scorecard: false } });
const today = new Date('2026-12-01T12:00:00Z');

describe('PrintDocument', () => {
  afterEach(cleanup);

  it('prints a hostile map’s bounded findings with the notice of what it left out', () => {
    // 100 company messages on one day: 50 sales × 50 cancellations and collections, 2,500 pairs.
    render(<PrintDocument map={conflictFloodMap(100)} options={questionsOnly} today={today} />);
    expect(screen.getByText('This map has 2,500 pairs of conflicting messages; 2,000 of them are listed.')).toBeInTheDocument();
  });

  it('prints no such notice for an ordinary map', () => {
    render(<PrintDocument map={loadFixtureMap()} options={questionsOnly} today={today} />);
    expect(screen.queryByText(/pairs of conflicting messages/)).toBeNull();
  });
});
