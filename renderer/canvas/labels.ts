/** Human wording for the model's codes, shared by the cards, their accessible names and the inspector. */
import type { Channel, Emotion, Initiator, Intent, MetricDirection } from '../../shared/model/types';

export const CHANNEL_LABELS: Record<Channel, string> = {
  web: 'Web',
  app: 'App',
  email: 'Email',
  sms: 'SMS',
  phone: 'Phone',
  chat: 'Chat',
  mail: 'Mail',
  'in-person': 'In person',
  social: 'Social',
  other: 'Other channel',
};

export const INTENT_LABELS: Record<Intent, string> = {
  inform: 'Inform',
  sell: 'Sell',
  onboard: 'Onboard',
  bill: 'Bill',
  collect: 'Collect',
  support: 'Support',
  retain: 'Retain',
  cancel: 'Cancel',
  recover: 'Recover',
  survey: 'Survey',
  other: 'Other intent',
};

export const INITIATOR_LABELS: Record<Initiator, string> = {
  company: 'Company starts it',
  customer: 'Customer starts it',
};

export const DIRECTION_LABELS: Record<MetricDirection, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
};

const EMOTION_TEXT: Record<Emotion, string> = {
  [-2]: 'very unhappy',
  [-1]: 'unhappy',
  0: 'neutral',
  1: 'happy',
  2: 'delighted',
};

/** How the customer feels, in words ("very unhappy" … "delighted"), or "feeling not set". */
export function emotionText(emotion: Emotion | null): string {
  return emotion === null ? 'feeling not set' : EMOTION_TEXT[emotion];
}

/** The emotion score with its sign and words, e.g. "−2 very unhappy". */
export function emotionOptionLabel(emotion: Emotion): string {
  const sign = emotion > 0 ? '+' : emotion < 0 ? '−' : '';
  return `${sign}${Math.abs(emotion)} ${EMOTION_TEXT[emotion]}`;
}

export const NO_OWNER_LABEL = 'No owner';
