/**
 * The journey-map domain model, exactly as `../shared/spec/journeymap-format.md` (version 1) defines it.
 * These types are the single source of truth for the file, the store, the canvas and the analysis.
 */

export const CHANNELS = ['web', 'app', 'email', 'sms', 'phone', 'chat', 'mail', 'in-person', 'social', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const INITIATORS = ['company', 'customer'] as const;
export type Initiator = (typeof INITIATORS)[number];

export const INTENTS = [
  'inform',
  'sell',
  'onboard',
  'bill',
  'collect',
  'support',
  'retain',
  'cancel',
  'recover',
  'survey',
  'other',
] as const;
export type Intent = (typeof INTENTS)[number];

export const METRIC_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];

export const COMMENT_TARGET_KINDS = ['map', 'stage', 'touchpoint'] as const;
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];

/** An emotion score from −2 (very unhappy) to +2 (delighted). */
export type Emotion = -2 | -1 | 0 | 1 | 2;

export interface Customer {
  name: string;
  description: string;
}

export interface Silo {
  id: string;
  name: string;
  /** "#rrggbb" */
  color: string;
  lead: string;
}

export interface Metric {
  id: string;
  name: string;
  definition: string;
  unit: string;
  direction: MetricDirection;
  target: number | null;
  current: number | null;
  ownerSiloIds: string[];
}

export interface Stage {
  id: string;
  name: string;
  description: string;
  customerGoal: string;
  accountableSiloId: string | null;
  metrics: Metric[];
}

export interface Touchpoint {
  id: string;
  title: string;
  stageId: string;
  siloId: string | null;
  channel: Channel;
  initiator: Initiator;
  intent: Intent;
  emotion: Emotion | null;
  day: number | null;
  description: string;
}

export interface Handoff {
  id: string;
  fromTouchpointId: string;
  toTouchpointId: string;
  label: string;
  ownerSiloId: string | null;
}

export interface Note {
  id: string;
  text: string;
  /** "#rrggbb" */
  color: string;
  stageId: string | null;
}

export interface CommentTarget {
  kind: CommentTargetKind;
  id: string | null;
}

export interface Comment {
  id: string;
  author: string;
  createdAt: string;
  text: string;
  resolved: boolean;
  target: CommentTarget;
}

export interface AlignmentAnswer {
  participant: string;
  items: string[];
}

export interface Alignment {
  question: string;
  answers: AlignmentAnswer[];
  agreedAt: string | null;
}

export interface JourneyMap {
  id: string;
  title: string;
  customer: Customer;
  intendedMemory: string;
  createdAt: string;
  updatedAt: string;
  silos: Silo[];
  stages: Stage[];
  touchpoints: Touchpoint[];
  handoffs: Handoff[];
  notes: Note[];
  comments: Comment[];
  alignment: Alignment | null;
}

/** The on-disk envelope around a map. */
export interface JourneyFile {
  format: 'journeymap';
  formatVersion: number;
  map: JourneyMap;
}

/** A megabyte as the spec's limits and our messages count it: 1,000,000 bytes (decimal, not 2^20). */
export const BYTES_PER_MB = 1_000_000;

/** Limits from the spec's integrity rules. String lengths count characters as Unicode code points. */
export const LIMITS = {
  /** "file ≤ 20 MB": 20,000,000 bytes, so 20,000,001 bytes (and 20 MiB) are too large. */
  maxFileBytes: 20 * BYTES_PER_MB,
  maxDepth: 64,
  maxStages: 200,
  maxSilos: 100,
  maxTouchpoints: 20_000,
  maxHandoffs: 20_000,
  maxStringLength: 10_000,
  maxIdLength: 100,
  maxTitleLength: 200,
  maxNameLength: 100,
} as const;
