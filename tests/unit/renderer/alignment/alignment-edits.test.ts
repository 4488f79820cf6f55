import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  applyCustomerAgreement,
  applyStageAgreement,
  nextParticipantName,
  previewStageChanges,
  removeParticipant,
  renameParticipant,
  setAlignmentQuestion,
  setParticipantItems,
} from '../../../../renderer/alignment/alignment-edits';
import { CUSTOMER_QUESTION, STAGES_QUESTION } from '../../../../renderer/alignment/alignment-question';
import { addStage, addTouchpoint, createEmptyMap, newStage, newTouchpoint } from '../../../../shared/model';

const NOW = '2026-11-02T10:15:00.000Z';

describe('recording the exercise on the map', () => {
  it('starts the record with the stages question when the first participant is added', () => {
    const map = addParticipant(createEmptyMap());
    expect(map.alignment).toEqual({ question: STAGES_QUESTION, answers: [{ participant: 'Participant 1', items: [] }], agreedAt: null });
  });

  it('names new participants with the next free number', () => {
    expect(nextParticipantName([{ participant: 'Participant 2', items: [] }])).toBe('Participant 3');
    expect(nextParticipantName([{ participant: 'Ann', items: [] }, { participant: 'participant 3', items: [] }])).toBe('Participant 4');
  });

  it('renames a participant, refusing a blank name', () => {
    const map = addParticipant(createEmptyMap());
    expect(renameParticipant(map, 0, '  Ann  ').alignment?.answers[0]?.participant).toBe('Ann');
    expect(renameParticipant(map, 0, '   ')).toBe(map);
  });

  it("sets and removes a participant's answers", () => {
    const map = setParticipantItems(addParticipant(addParticipant(createEmptyMap())), 1, ['Research', 'Buy']);
    expect(map.alignment?.answers[1]?.items).toEqual(['Research', 'Buy']);
    expect(removeParticipant(map, 0).alignment?.answers).toEqual([{ participant: 'Participant 2', items: ['Research', 'Buy'] }]);
  });

  it('changes the question, but never to a blank one', () => {
    const map = setAlignmentQuestion(createEmptyMap(), CUSTOMER_QUESTION);
    expect(map.alignment?.question).toBe(CUSTOMER_QUESTION);
    expect(setAlignmentQuestion(map, '  ')).toBe(map);
  });

  it('does not create a record just to keep the default question', () => {
    const map = createEmptyMap();
    expect(setAlignmentQuestion(map, STAGES_QUESTION)).toBe(map);
  });
});

describe('applying the agreement', () => {
  it('replaces the stages by the agreed names and records when the group agreed', () => {
    const start = setParticipantItems(addParticipant(createEmptyMap()), 0, ['Research']);
    const map = applyStageAgreement(start, ['Research', 'Buy'], NOW);
    expect(map.stages.map((stage) => stage.name)).toEqual(['Research', 'Buy']);
    expect(map.alignment).toEqual({ question: STAGES_QUESTION, answers: [{ participant: 'Participant 1', items: ['Research'] }], agreedAt: NOW });
  });

  it('sets the customer definition for the customer question', () => {
    const start = setAlignmentQuestion(createEmptyMap(), CUSTOMER_QUESTION);
    const map = applyCustomerAgreement(start, { name: ' Young driver ', description: 'Under 25, first car.' }, NOW);
    expect(map.customer).toEqual({ name: 'Young driver', description: 'Under 25, first car.' });
    expect(map.stages).toEqual([]);
    expect(map.alignment?.agreedAt).toBe(NOW);
  });

  it('refuses a customer with no name', () => {
    const map = createEmptyMap();
    expect(applyCustomerAgreement(map, { name: ' ', description: 'x' }, NOW)).toBe(map);
  });

  it('previews what applying does: added, renamed, removed and kept stages', () => {
    const kept = newStage({ name: 'Claim' });
    let map = addStage(addStage(addStage(createEmptyMap(), newStage({ name: 'Discover' })), newStage({ name: 'buy' })), kept);
    map = addTouchpoint(map, newTouchpoint({ stageId: kept.id, siloId: null }));
    expect(previewStageChanges(map, ['Buy', 'Renew'])).toEqual({
      added: ['Renew'],
      renamed: [{ from: 'buy', to: 'Buy' }],
      removed: ['Discover'],
      keptAfter: ['Claim'],
    });
  });

  it('previews a stage kept under a similar name as renamed, not as kept after', () => {
    const renewals = newStage({ name: 'Renewals' });
    let map = addStage(addStage(createEmptyMap(), newStage({ name: 'Checkout' })), renewals);
    map = addTouchpoint(map, newTouchpoint({ stageId: renewals.id, siloId: null }));
    expect(previewStageChanges(map, ['Check out', 'Renewal'])).toEqual({
      added: [],
      renamed: [
        { from: 'Checkout', to: 'Check out' },
        { from: 'Renewals', to: 'Renewal' },
      ],
      removed: [],
      keptAfter: [],
    });
  });
});
