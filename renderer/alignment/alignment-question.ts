/** The question the facilitator asks first, and the one the exercise defaults to. */
export const STAGES_QUESTION = 'Name the stages of our customer experience';

/** The other exercise the brief asks for: one agreed definition of who the customer is. */
export const CUSTOMER_QUESTION = 'Who is our customer?';

/** What agreeing on the answers changes on the map: its stages, or its customer definition. */
export type AlignmentTopic = 'stages' | 'customer';

/** The preset question for each topic. */
export const TOPIC_QUESTIONS: Readonly<Record<AlignmentTopic, string>> = {
  stages: STAGES_QUESTION,
  customer: CUSTOMER_QUESTION,
};

/**
 * The topic a question is about. The file records only the question's text, so the topic is read from
 * it: a question that starts with "Who" asks who the customer is; anything else asks for stages.
 */
export function questionTopic(question: string): AlignmentTopic {
  return /^\s*who\b/i.test(question) ? 'customer' : 'stages';
}
