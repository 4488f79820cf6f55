import { describe, expect, it } from 'vitest';
import { newNote } from '../../../../shared/model/create';
import { addNote, moveNote, removeNote, updateNote } from '../../../../shared/model/notes';
import { sampleMap } from './sample-map';

describe('notes', () => {
  it('adds a note to a stage or the parking lot', () => {
    const map = addNote(sampleMap(), newNote({ id: 'n3', text: 'Ask legal', stageId: 'use' }));
    expect(map.notes.at(-1)).toEqual({ id: 'n3', text: 'Ask legal', color: '#fde68a', stageId: 'use' });
  });

  it('parks a note whose stage does not exist; refuses a clashing id', () => {
    const map = sampleMap();
    expect(addNote(map, newNote({ stageId: 'ghost' })).notes.at(-1)?.stageId).toBeNull();
    expect(addNote(map, newNote({ id: 'n1' }))).toBe(map);
  });

  it('updates the text and colour, ignoring a colour that is not #rrggbb', () => {
    const map = updateNote(sampleMap(), 'n1', { text: 'Billing prices', color: '#BBF7D0' });
    expect(map.notes[0]).toMatchObject({ text: 'Billing prices', color: '#bbf7d0' });
    expect(updateNote(map, 'n1', { color: 'green' })).toBe(map);
  });

  it('moves a note to a stage or back to the parking lot', () => {
    const map = moveNote(sampleMap(), 'n2', 'use');
    expect(map.notes[1]?.stageId).toBe('use');
    expect(moveNote(map, 'n2', null).notes[1]?.stageId).toBeNull();
  });

  it('refuses to move a note to an unknown stage; a no-op returns the same map', () => {
    const map = sampleMap();
    expect(moveNote(map, 'n2', 'ghost')).toBe(map);
    expect(moveNote(map, 'n1', 'buy')).toBe(map);
    expect(updateNote(map, 'n1', { text: 'Who prices?' })).toBe(map);
  });

  it('removes a note', () => {
    const map = removeNote(sampleMap(), 'n1');
    expect(map.notes.map((note) => note.id)).toEqual(['n2']);
    expect(removeNote(map, 'n1')).toBe(map);
  });
});
