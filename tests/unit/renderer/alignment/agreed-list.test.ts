import { describe, expect, it } from 'vitest';
import { groupAnswers, type AnswerGroup } from '../../../../shared/alignment';
import {
  addAgreedStage,
  agreedStageForGroup,
  appendAgreedNames,
  mergeIntoAgreedStage,
  moveAgreedStage,
  removeAgreedStage,
  renameAgreedStage,
  type AgreedStage,
} from '../../../../renderer/alignment/agreed-list';

/** A one-spelling answer group, as `groupAnswers` makes it. */
function group(key: string): AnswerGroup {
  return { key, keys: [key], joinedKeys: [key.replace(/ /g, '')], label: key, variants: [key], participants: ['Ana'], count: 1 };
}

function ids() {
  let n = 0;
  return () => `a${++n}`;
}

const names = (list: readonly AgreedStage[]) => list.map((stage) => stage.name);

describe('the agreed stage list', () => {
  it('adds names in order, trimmed, and ignores blanks', () => {
    const makeId = ids();
    let list = addAgreedStage([], '  Research ', ['research'], makeId);
    list = addAgreedStage(list, '   ', [], makeId);
    list = addAgreedStage(list, 'Buy', ['buy'], makeId);
    expect(names(list)).toEqual(['Research', 'Buy']);
    expect(list[0]?.sourceKeys).toEqual(['research']);
  });

  it('does not repeat a name already agreed; it records the extra group on the one there', () => {
    const makeId = ids();
    const list = addAgreedStage(addAgreedStage([], 'Renewal', ['renewal'], makeId), 'renewal', ['renew'], makeId);
    expect(names(list)).toEqual(['Renewal']);
    expect(list[0]?.sourceKeys).toEqual(['renewal', 'renew']);
  });

  it('moves a stage up and down, never past either end', () => {
    const list = appendAgreedNames([], ['A', 'B', 'C'], ids());
    const c = list[2]?.id ?? '';
    expect(names(moveAgreedStage(list, c, -1))).toEqual(['A', 'C', 'B']);
    expect(names(moveAgreedStage(list, c, 1))).toEqual(['A', 'B', 'C']);
    expect(names(moveAgreedStage(list, list[0]?.id ?? '', -1))).toEqual(['A', 'B', 'C']);
  });

  it('renames a stage, refusing a blank name or one already on the list', () => {
    const list = appendAgreedNames([], ['A', 'B'], ids());
    const b = list[1]?.id ?? '';
    expect(names(renameAgreedStage(list, b, ' Buy '))).toEqual(['A', 'Buy']);
    expect(names(renameAgreedStage(list, b, ''))).toEqual(['A', 'B']);
    expect(names(renameAgreedStage(list, b, 'a'))).toEqual(['A', 'B']);
  });

  it('removes a stage', () => {
    const list = appendAgreedNames([], ['A', 'B'], ids());
    expect(names(removeAgreedStage(list, list[0]?.id ?? ''))).toEqual(['B']);
  });

  it('merges groups into one stage, replacing agreed stages that stood only for those groups', () => {
    const makeId = ids();
    let list = addAgreedStage([], 'Research', ['research'], makeId);
    list = addAgreedStage(list, 'Buy policy', ['buy policy'], makeId);
    list = addAgreedStage(list, 'Claims', ['claim'], makeId);
    const merged = mergeIntoAgreedStage(list, 'Purchase', ['buy policy', 'buying policy'], makeId);
    expect(names(merged)).toEqual(['Research', 'Purchase', 'Claims']);
    expect(agreedStageForGroup(merged, group('buying policy'))?.name).toBe('Purchase');
    expect(agreedStageForGroup(merged, group('buy policy'))?.name).toBe('Purchase');
  });

  it('puts a merge of groups not yet agreed at the end', () => {
    const makeId = ids();
    const list = mergeIntoAgreedStage(appendAgreedNames([], ['Research'], makeId), 'Buy', ['buy', 'purchase'], makeId);
    expect(names(list)).toEqual(['Research', 'Buy']);
  });

  it('finds the agreed stage of a group by its merged groups or by the same name in another spelling', () => {
    const list = appendAgreedNames([], ['Renewals'], ids());
    expect(agreedStageForGroup(list, group('renewal'))?.name).toBe('Renewals');
    expect(agreedStageForGroup(list, group('claim'))).toBeUndefined();
  });

  it('finds the agreed stage of a group spelled with spaces inside a word, or by any key in the group', () => {
    const list = appendAgreedNames([], ['Checkout', 'Sign up'], ids());
    const [checkOut] = groupAnswers([{ participant: 'Ana', items: ['Check out'] }]);
    const [signUp] = groupAnswers([{ participant: 'Ben', items: ['Signups'] }]);
    const [register] = groupAnswers([{ participant: 'Cy', items: ['Register'] }]);
    expect(checkOut && agreedStageForGroup(list, checkOut)?.name).toBe('Checkout');
    expect(signUp && agreedStageForGroup(list, signUp)?.name).toBe('Sign up');
    expect(register && agreedStageForGroup(list, register)).toBeUndefined();
    const merged = addAgreedStage([], 'Join', ['in log'], ids());
    const [login] = groupAnswers([
      { participant: 'Ana', items: ['Login'] },
      { participant: 'Ben', items: ['Log in'] },
    ]);
    expect(login && agreedStageForGroup(merged, login)?.name).toBe('Join');
  });

  it('appends existing names once each', () => {
    expect(names(appendAgreedNames([], ['Discover', 'discover', 'Buy'], ids()))).toEqual(['Discover', 'Buy']);
  });
});
