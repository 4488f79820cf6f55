import { describe, expect, it } from 'vitest';
import { CUSTOMER_QUESTION, STAGES_QUESTION, questionTopic } from '../../../../renderer/alignment/alignment-question';

describe('the topic of a question', () => {
  it('is the customer for a "who" question and the stages otherwise', () => {
    expect(questionTopic(CUSTOMER_QUESTION)).toBe('customer');
    expect(questionTopic('who are our customers?')).toBe('customer');
    expect(questionTopic(STAGES_QUESTION)).toBe('stages');
    expect(questionTopic('What phases does a customer go through?')).toBe('stages');
  });
});
