import { describe, expect, it } from 'vitest';
import { readReviewerName, rememberReviewerName } from '../../../../renderer/review/reviewer-name';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const brokenStorage: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('quota');
  },
};

describe('the remembered reviewer name', () => {
  it('is empty until remembered, then read back trimmed', () => {
    const storage = memoryStorage();
    expect(readReviewerName(storage)).toBe('');
    expect(rememberReviewerName('  Dana   Reyes ', storage)).toBe('Dana Reyes');
    expect(readReviewerName(storage)).toBe('Dana Reyes');
  });

  it('survives storage that refuses to work', () => {
    expect(readReviewerName(brokenStorage)).toBe('');
    expect(rememberReviewerName('Dana', brokenStorage)).toBe('Dana');
    expect(readReviewerName(null)).toBe('');
  });
});
