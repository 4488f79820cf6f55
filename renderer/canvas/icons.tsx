/** Bundled inline SVG icons for channels and emotions (no fonts or network needed). */
import { memo } from 'react';
import type { Channel, Emotion } from '../../shared/model/types';
import { CHANNEL_LABELS, emotionText } from './labels';

const CHANNEL_PATHS: Record<Channel, string> = {
  web: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13',
  app: 'M5 1.5h6a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1M7 12.5h2',
  email: 'M1.5 3.5h13v9h-13zM1.5 3.5l6.5 5l6.5-5',
  sms: 'M2 3h12v8H6l-3 2.5V11H2zM5 7h.5M8 7h.5M11 7h.5',
  phone: 'M4 1.5l2.5 3l-1.5 2c1 2 2.5 3.5 4.5 4.5l2-1.5l3 2.5l-1.5 2c-5 0-11-6-11-11z',
  chat: 'M1.5 2.5h9v6h-5l-2.5 2v-2h-1.5zM12.5 5.5h2v6h-1.5v2l-2.5-2h-4v-1',
  mail: 'M1.5 4.5h13v8h-13zM1.5 4.5l6.5 4.5l6.5-4.5M11 1.5h3v2.2h-3z',
  'in-person': 'M8 1.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5M3 14.5c0-3 2.2-5.5 5-5.5s5 2.5 5 5.5',
  social:
    'M4 8a1.8 1.8 0 1 0 0 .01M12 3.5a1.8 1.8 0 1 0 0 .01M12 12.5a1.8 1.8 0 1 0 0 .01M5.6 7.2l4.8-2.8M5.6 8.8l4.8 2.8',
  other: 'M3 8h.5M8 8h.5M13 8h.5',
};

/** The icon of a channel, labelled with the channel's name. */
export const ChannelIcon = memo(function ChannelIcon({ channel, size = 16 }: { channel: Channel; size?: number }) {
  const label = CHANNEL_LABELS[channel];
  return (
    <svg
      className="jm-icon"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title>{label}</title>
      <path d={CHANNEL_PATHS[channel]} />
    </svg>
  );
});

/** A face showing how the customer feels (−2 frown … +2 broad smile), with the feeling in words. */
export const EmotionFace = memo(function EmotionFace({
  emotion,
  size = 16,
}: {
  emotion: Emotion | null;
  size?: number;
}) {
  const label = `Customer feels ${emotionText(emotion)}`;
  if (emotion === null) return null;
  const curve = emotion * 1.6;
  return (
    <svg
      className={`jm-icon jm-emotion jm-emotion--${emotion < 0 ? 'negative' : emotion > 0 ? 'positive' : 'neutral'}`}
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
    >
      <title>{label}</title>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M5.6 6.2h.01M10.4 6.2h.01" strokeWidth={2} />
      <path d={`M5 ${10.2 - curve / 2}Q8 ${10.2 + curve} 11 ${10.2 - curve / 2}`} />
    </svg>
  );
});
