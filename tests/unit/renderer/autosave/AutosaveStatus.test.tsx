import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AutosaveStatus } from '../../../../renderer/autosave/AutosaveStatus';
import { clockTime } from '../../../../renderer/autosave/draft-time';

describe('AutosaveStatus', () => {
  it('shows when the last draft was saved, as a time of day', () => {
    const at = new Date('2026-11-05T12:03:00.000Z');
    const { container } = render(<AutosaveStatus status={{ kind: 'saved', at }} />);
    expect(container).toHaveTextContent(`Draft saved ${clockTime(at)}`);
    expect(screen.getByText(clockTime(at))).toHaveAttribute('datetime', '2026-11-05T12:03:00.000Z');
  });

  it('says in words why a draft could not be saved, in a polite live region (never a dialog)', () => {
    const { container } = render(<AutosaveStatus status={{ kind: 'failed', message: 'The disk is full' }} />);
    const live = container.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('Could not save a draft: The disk is full');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('shows nothing before the first draft', () => {
    const { container } = render(<AutosaveStatus status={{ kind: 'idle' }} />);
    expect(container).toHaveTextContent('');
  });
});
