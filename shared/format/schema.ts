/**
 * The shape of a version-1 journey map as zod schemas: types, enums, string lengths and counts.
 * Cross-object rules (unique ids, references) live in `integrity.ts`; unknown fields are stripped.
 */
import { z } from 'zod';
import {
  CHANNELS,
  COMMENT_TARGET_KINDS,
  INITIATORS,
  INTENTS,
  LIMITS,
  METRIC_DIRECTIONS,
} from '../model/types';
import { FORMAT_MARKER, FORMAT_VERSION } from './version';

const text = z.string().max(LIMITS.maxStringLength);
const id = z.string().min(1).max(LIMITS.maxIdLength);
const reference = text;
const title = z.string().min(1).max(LIMITS.maxTitleLength);
const name = z.string().min(1).max(LIMITS.maxNameLength);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const dateTime = z.iso.datetime({ offset: true });

export const customerSchema = z.object({ name: text, description: text });

export const siloSchema = z.object({ id, name, color, lead: text });

export const metricSchema = z.object({
  id,
  name: text,
  definition: text,
  unit: text,
  direction: z.enum(METRIC_DIRECTIONS),
  target: z.number().nullable(),
  current: z.number().nullable(),
  ownerSiloIds: z.array(reference),
});

export const stageSchema = z.object({
  id,
  name,
  description: text,
  customerGoal: text,
  accountableSiloId: reference.nullable(),
  metrics: z.array(metricSchema),
});

export const touchpointSchema = z.object({
  id,
  title,
  stageId: reference,
  siloId: reference.nullable(),
  channel: z.enum(CHANNELS),
  initiator: z.enum(INITIATORS),
  intent: z.enum(INTENTS),
  emotion: z.literal([-2, -1, 0, 1, 2]).nullable(),
  day: z.number().int().nullable(),
  description: text,
});

export const handoffSchema = z.object({
  id,
  fromTouchpointId: reference,
  toTouchpointId: reference,
  label: text,
  ownerSiloId: reference.nullable(),
});

export const noteSchema = z.object({ id, text, color, stageId: reference.nullable() });

export const commentSchema = z.object({
  id,
  author: text,
  createdAt: dateTime,
  text,
  resolved: z.boolean(),
  target: z.object({ kind: z.enum(COMMENT_TARGET_KINDS), id: reference.nullable() }),
});

export const alignmentSchema = z.object({
  question: text,
  answers: z.array(z.object({ participant: text, items: z.array(text) })),
  agreedAt: dateTime.nullable(),
});

/** A journey map's shape (version 1). Integrity rules are checked separately by `validateJourneyMap`. */
export const journeyMapSchema = z.object({
  id,
  title,
  customer: customerSchema,
  intendedMemory: text,
  createdAt: dateTime,
  updatedAt: dateTime,
  silos: z.array(siloSchema).max(LIMITS.maxSilos),
  stages: z.array(stageSchema).max(LIMITS.maxStages),
  touchpoints: z.array(touchpointSchema).max(LIMITS.maxTouchpoints),
  handoffs: z.array(handoffSchema).max(LIMITS.maxHandoffs),
  notes: z.array(noteSchema),
  comments: z.array(commentSchema),
  alignment: alignmentSchema.nullable(),
});

/** The whole `.journeymap` file of the current version: the envelope around a map. */
export const journeyFileSchema = z
  .object({
    format: z.literal(FORMAT_MARKER),
    formatVersion: z.literal(FORMAT_VERSION),
    map: journeyMapSchema,
  })
  .meta({
    title: 'Journey Map file',
    description:
      'A .journeymap file (UTF-8 JSON, at most 20 MB = 20,000,000 bytes, nesting depth at most 64). Ids must be unique across the map and every reference must point to an existing object of the right kind; see docs/file-format.md.',
  });
