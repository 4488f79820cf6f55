import { act, fireEvent, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../shared/model/types';
import { undoSteps, workshopMap } from './canvas-fixtures';
import { renderCanvas } from './render-canvas';

function mapWithNotes(): JourneyMap {
  return {
    ...workshopMap(),
    notes: [
      { id: 'n1', text: 'Who owns the bill?', color: '#fde68a', stageId: 's2' },
      { id: 'n2', text: 'Ask the agents', color: '#bfdbfe', stageId: null },
    ],
  };
}

describe('<NoteNode>', () => {
  it('shows each note as a "Note: <text>" with its colour named and where it sits', async () => {
    const { region } = renderCanvas(mapWithNotes());
    const note = await within(region).findByRole('note', { name: 'Note: Who owns the bill?' });
    expect(note).toHaveAttribute('aria-description', expect.stringMatching(/^In stage Buy, yellow\./));
    expect(within(note).getByRole('button', { name: /^Colour yellow/ })).toBeInTheDocument();
    expect(within(region).getByRole('note', { name: 'Note: Ask the agents' })).toHaveAttribute(
      'aria-description',
      expect.stringMatching(/^In the parking lot, blue\./),
    );
    expect(within(region).getByRole('group', { name: 'Parking lot: 1 note' })).toBeInTheDocument();
  });

  it('edits the text in place with Enter and saves it in one undo step', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas(mapWithNotes());
    const note = await within(region).findByRole('note', { name: 'Note: Ask the agents' });
    act(() => note.focus());
    await user.keyboard('{Enter}');
    const editor = within(region).getByRole('textbox', { name: 'Note text' });
    expect(editor).toHaveFocus();
    await user.clear(editor);
    await user.type(editor, 'Ask two agents{Enter}');
    expect(documentStore.getState().map.notes.find((n) => n.id === 'n2')?.text).toBe('Ask two agents');
    expect(undoSteps(documentStore)).toBe(1);
    await waitFor(() => expect(within(region).getByRole('note', { name: 'Note: Ask two agents' })).toHaveFocus());
  });

  it('changes colour with its control or C, and is removed with Delete', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas(mapWithNotes());
    const note = await within(region).findByRole('note', { name: 'Note: Ask the agents' });
    await user.click(within(note).getByRole('button', { name: /^Colour blue/ }));
    expect(documentStore.getState().map.notes.find((n) => n.id === 'n2')?.color).toBe('#fbcfe8');
    act(() => note.focus());
    await user.keyboard('c');
    expect(documentStore.getState().map.notes.find((n) => n.id === 'n2')?.color).toBe('#ddd6fe');
    await user.keyboard('{Delete}');
    expect(documentStore.getState().map.notes.map((n) => n.id)).toEqual(['n1']);
    expect(undoSteps(documentStore)).toBe(3);
  });

  it('adds a note to the parking lot from the palette, ready to type', async () => {
    const user = userEvent.setup();
    const { region, documentStore } = renderCanvas();
    await within(region).findAllByRole('columnheader');
    await user.click(within(region).getByRole('button', { name: 'Add note' }));
    const editor = await within(region).findByRole('textbox', { name: 'Note text' });
    expect(editor).toHaveFocus();
    await user.keyboard('Parked idea{Enter}');
    expect(documentStore.getState().map.notes).toEqual([
      expect.objectContaining({ text: 'Parked idea', stageId: null }),
    ]);
    expect(within(region).getByRole('group', { name: 'Parking lot: 1 note' })).toBeInTheDocument();
  });

  it('edits a note on double-click', async () => {
    const { region } = renderCanvas(mapWithNotes());
    const note = await within(region).findByRole('note', { name: 'Note: Who owns the bill?' });
    fireEvent.doubleClick(note);
    expect(await within(region).findByRole('textbox', { name: 'Note text' })).toHaveValue('Who owns the bill?');
  });
});
