/**
 * One payload validator per invoke channel. Main runs these on every call before a handler sees the
 * payload; maps go through the same `validateJourneyMap` that guards file loading. The mapped type of
 * `PAYLOAD_VALIDATORS` makes a channel without a validator a compile error.
 */
import { z } from 'zod';
import { validateJourneyMap } from '../format';
import { LIMITS, type JourneyMap } from '../model/types';
import type { InvokeChannel, InvokeContract, PdfPageFormat, ThemePreference } from './contract';

export type PayloadResult<T> = { ok: true; value: T } | { ok: false; error: string };

export type PayloadValidator<C extends InvokeChannel> = (payload: unknown) => PayloadResult<InvokeContract[C]['args']>;

/** Largest PNG export accepted from the renderer (a 1,000-touchpoint map at 2× is far below this). */
export const MAX_PNG_BYTES = 200 * 1024 * 1024;
/** Largest CSV export accepted from the renderer, in UTF-16 code units. */
export const MAX_CSV_CHARS = 64 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const PDF_PAGE_FORMATS = ['slide', 'a4', 'letter', 'poster-a3', 'poster-tabloid'] as const satisfies readonly PdfPageFormat[];
const THEME_PREFERENCES = ['light', 'dark', 'system'] as const satisfies readonly ThemePreference[];
// Fails to compile when the contract gains a format or theme that the lists above do not name.
const everyFormatListed: Record<Exclude<PdfPageFormat, (typeof PDF_PAGE_FORMATS)[number]>, never> = {};
const everyThemeListed: Record<Exclude<ThemePreference, (typeof THEME_PREFERENCES)[number]>, never> = {};
void everyFormatListed;
void everyThemeListed;

const pdfOptionsSchema = z.strictObject({
  format: z.enum(PDF_PAGE_FORMATS),
  sections: z.strictObject({
    cover: z.boolean(),
    map: z.boolean(),
    questions: z.boolean(),
    stages: z.boolean(),
    scorecard: z.boolean(),
  }),
});

const suggestedNameSchema = z
  .string()
  .min(1)
  .max(LIMITS.maxTitleLength)
  .refine((name) => !/[/\\]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 0x20), {
    message: 'must be a file name without folders or control characters',
  });

const draftIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be a draft id');

const pngSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.length <= MAX_PNG_BYTES, 'is too large')
  .refine((bytes) => PNG_SIGNATURE.every((byte, index) => bytes[index] === byte), 'is not a PNG image');

function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid payload';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'payload';
  return `${where}: ${issue.message}`;
}

function fromSchema<C extends InvokeChannel>(schema: z.ZodType<InvokeContract[C]['args']>): PayloadValidator<C> {
  return (payload) => {
    const parsed = schema.safeParse(payload);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: describeZodError(parsed.error) };
  };
}

function noPayload<C extends InvokeChannel>(): PayloadValidator<C> {
  return (payload) =>
    payload === undefined
      ? { ok: true, value: undefined as InvokeContract[C]['args'] }
      : { ok: false, error: 'payload: this call takes no payload' };
}

/** Checks the envelope with `schema` (its `map` left unknown), then the map with the file-format validator. */
function withMap<C extends InvokeChannel, Rest extends object>(
  schema: z.ZodType<Rest & { map: unknown }>,
  build: (rest: Rest & { map: unknown }, map: JourneyMap) => InvokeContract[C]['args'],
): PayloadValidator<C> {
  return (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return { ok: false, error: describeZodError(parsed.error) };
    const checked = validateJourneyMap(parsed.data.map);
    if (!checked.ok) return { ok: false, error: `map: ${checked.error.message}` };
    return { ok: true, value: build(parsed.data, checked.map) };
  };
}

const mapOnly = z.strictObject({ map: z.unknown() });

const newFromTemplate = fromSchema<'document:new'>(z.strictObject({ templateId: z.string().min(1).max(LIMITS.maxIdLength).nullable() }));
const newWithMap = withMap<'document:new', { map: unknown }>(mapOnly, (_rest, map) => ({ map }));

/** `document:new` carries a template id, or a map (checked like a file) when it has a `map` of its own. */
function newDocumentRequest(payload: unknown): PayloadResult<InvokeContract['document:new']['args']> {
  const carriesMap = typeof payload === 'object' && payload !== null && Object.prototype.hasOwnProperty.call(payload, 'map');
  return carriesMap ? newWithMap(payload) : newFromTemplate(payload);
}

/** The payload validator of every invoke channel. */
export const PAYLOAD_VALIDATORS: { [C in InvokeChannel]: PayloadValidator<C> } = {
  'document:get-initial': noPayload(),
  'document:open': noPayload(),
  'document:open-for-review': noPayload(),
  'document:new': newDocumentRequest,
  'document:save': withMap(mapOnly, (_rest, map) => ({ map })),
  'document:save-as': withMap(mapOnly, (_rest, map) => ({ map })),
  'document:set-edited': fromSchema(z.strictObject({ edited: z.boolean(), title: z.string().max(LIMITS.maxStringLength) })),
  'window:close-confirmed': noPayload(),
  'window:set-full-screen': fromSchema(z.strictObject({ fullScreen: z.boolean() })),
  'prefs:get': noPayload(),
  'prefs:set': fromSchema(z.strictObject({ theme: z.enum(THEME_PREFERENCES).optional(), pdf: pdfOptionsSchema.optional() })),
  'drafts:write': withMap(mapOnly, (_rest, map) => ({ map })),
  'drafts:list': noPayload(),
  'drafts:get': fromSchema(z.strictObject({ draftId: draftIdSchema })),
  'drafts:discard': fromSchema(z.strictObject({ draftId: draftIdSchema })),
  'drafts:discard-own': noPayload(),
  'export:pdf': withMap(z.strictObject({ map: z.unknown(), options: pdfOptionsSchema }), (rest, map) => ({ map, options: rest.options })),
  'export:png': fromSchema(z.strictObject({ png: pngSchema, suggestedName: suggestedNameSchema })),
  'export:csv': fromSchema(z.strictObject({ csv: z.string().max(MAX_CSV_CHARS), suggestedName: suggestedNameSchema })),
  'import:csv': noPayload(),
  'print:get-job': noPayload(),
};

/** Validates the payload of one channel. */
export function validatePayload<C extends InvokeChannel>(channel: C, payload: unknown): PayloadResult<InvokeContract[C]['args']> {
  const validator: PayloadValidator<C> = PAYLOAD_VALIDATORS[channel];
  return validator(payload);
}
