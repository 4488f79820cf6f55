/**
 * fast-check arbitraries for VALID journey maps: unique ids, references that resolve, hostile but
 * well-formed text (unicode, emoji, quotes, markup), nulls wherever the spec allows them.
 *
 * U+FFFD is valid text in a map (a user can paste it), so it is generated on purpose: the loader refuses
 * a raw U+FFFD in a string as the trace of a bad decode, and the serializer writes it as `\ufffd`, so
 * `parseJourneyFile(serializeJourneyFile(map))` must still give the map back.
 */
import fc from 'fast-check';
import {
  CHANNELS,
  COMMENT_TARGET_KINDS,
  INITIATORS,
  INTENTS,
  LIMITS,
  METRIC_DIRECTIONS,
  type Comment,
  type Emotion,
  type Handoff,
  type JourneyMap,
  type Metric,
  type Note,
  type Silo,
  type Stage,
  type Touchpoint,
} from '../../shared/model/types';

export interface JourneyMapConstraints {
  maxSilos?: number;
  maxStages?: number;
  maxMetricsPerStage?: number;
  maxTouchpoints?: number;
  maxHandoffs?: number;
  maxNotes?: number;
  maxComments?: number;
  maxAlignmentAnswers?: number;
}

const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  'javascript:alert(1)',
  'She said "no" and \'maybe\'',
  'back\\slash and \ttab\nnewline',
  '😀 👩‍👩‍👧 🇯🇵',
  'Zürich – Ærø – Łódź – 東京 – مرحبا',
  '__proto__',
  'constructor',
  '',
  ' ',
  '\u0000 nul and \u001f control',
  '\u202e right-to-left override',
  'replacement character \uFFFD pasted from a garbled e-mail',
];

/** Any well-formed text: unicode graphemes, raw code points, or a known-hostile string. */
export const textArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
);

/**
 * Cuts text to at most `max` UTF-16 units without splitting a surrogate pair. The spec's limits count
 * code points, and a text of at most `max` units never has more than `max` code points, so the result
 * is always within the limit (the exact code-point boundary is tested in validate.test.ts).
 */
function truncateUnits(text: string, max: number): string {
  if (text.length <= max) return text;
  let result = '';
  for (const codePoint of text) {
    if (result.length + codePoint.length > max) break;
    result += codePoint;
  }
  return result;
}

/**
 * Text of `min` to `max` UTF-16 units. At most `max` units is at most `max` code points, as the spec
 * counts; `min` is only ever 1 (non-empty), where units and code points agree.
 */
function boundedText(min: number, max: number): fc.Arbitrary<string> {
  return textArbitrary.map((text) => {
    const cut = truncateUnits(text, max);
    return cut.length >= min ? cut : `${cut}${'x'.repeat(min - cut.length)}`;
  });
}

const titleArbitrary = boundedText(1, LIMITS.maxTitleLength);
const nameArbitrary = boundedText(1, LIMITS.maxNameLength);
const idSuffixArbitrary = fc.string({ unit: 'grapheme', maxLength: 6 });
const colorArbitrary = fc
  .integer({ min: 0, max: 0xffffff })
  .map((value) => `#${value.toString(16).padStart(6, '0')}`);
const dateTimeArbitrary = fc
  .date({ min: new Date('1970-01-01T00:00:00.000Z'), max: new Date('2999-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const finiteNumberArbitrary = fc
  .double({ noNaN: true, noDefaultInfinity: true })
  .map((value) => (Object.is(value, -0) ? 0 : value));
const emotionArbitrary = fc.constantFrom<Emotion>(-2, -1, 0, 1, 2);

/** An id unique by construction: the kind and index before a separator, any text after it. */
function makeId(kind: string, index: number, suffix: string): string {
  const id = `${kind}-${index}~${suffix}`;
  return id.length <= LIMITS.maxIdLength ? id : `${kind}-${index}`;
}

function at<T>(items: readonly T[], ref: number): T {
  const item = items[ref % items.length];
  if (item === undefined) throw new Error('reference into an empty list');
  return item;
}

/** Valid journey maps, small to medium size; references are drawn as indices and resolved afterwards. */
export function journeyMapArbitrary(constraints: JourneyMapConstraints = {}): fc.Arbitrary<JourneyMap> {
  const maxSilos = constraints.maxSilos ?? 6;
  const maxStages = constraints.maxStages ?? 8;
  const maxMetrics = constraints.maxMetricsPerStage ?? 3;
  const maxTouchpoints = constraints.maxTouchpoints ?? 30;
  const maxHandoffs = constraints.maxHandoffs ?? 20;
  const maxNotes = constraints.maxNotes ?? 5;
  const maxComments = constraints.maxComments ?? 5;
  const maxAnswers = constraints.maxAlignmentAnswers ?? 4;

  const rawSilo = fc.record({ suffix: idSuffixArbitrary, name: nameArbitrary, color: colorArbitrary, lead: textArbitrary });
  const rawMetric = fc.record({
    suffix: idSuffixArbitrary,
    name: textArbitrary,
    definition: textArbitrary,
    unit: textArbitrary,
    direction: fc.constantFrom(...METRIC_DIRECTIONS),
    target: fc.option(finiteNumberArbitrary),
    current: fc.option(finiteNumberArbitrary),
    ownerRefs: fc.array(fc.nat(), { maxLength: 3 }),
  });
  const rawStage = fc.record({
    suffix: idSuffixArbitrary,
    name: nameArbitrary,
    description: textArbitrary,
    customerGoal: textArbitrary,
    accountableRef: fc.option(fc.nat()),
    metrics: fc.array(rawMetric, { maxLength: maxMetrics }),
  });
  const rawTouchpoint = fc.record({
    suffix: idSuffixArbitrary,
    title: titleArbitrary,
    stageRef: fc.nat(),
    siloRef: fc.option(fc.nat()),
    channel: fc.constantFrom(...CHANNELS),
    initiator: fc.constantFrom(...INITIATORS),
    intent: fc.constantFrom(...INTENTS),
    emotion: fc.option(emotionArbitrary),
    day: fc.option(fc.integer({ min: -1000, max: 100_000 })),
    description: textArbitrary,
  });
  const rawHandoff = fc.record({
    suffix: idSuffixArbitrary,
    fromRef: fc.nat(),
    step: fc.nat(),
    label: textArbitrary,
    ownerRef: fc.option(fc.nat()),
  });
  const rawNote = fc.record({ suffix: idSuffixArbitrary, text: textArbitrary, color: colorArbitrary, stageRef: fc.option(fc.nat()) });
  const rawComment = fc.record({
    suffix: idSuffixArbitrary,
    author: textArbitrary,
    createdAt: dateTimeArbitrary,
    text: textArbitrary,
    resolved: fc.boolean(),
    kind: fc.constantFrom(...COMMENT_TARGET_KINDS),
    targetRef: fc.nat(),
  });
  const alignmentArbitrary = fc.option(
    fc.record({
      question: textArbitrary,
      answers: fc.array(fc.record({ participant: textArbitrary, items: fc.array(textArbitrary, { maxLength: 5 }) }), {
        maxLength: maxAnswers,
      }),
      agreedAt: fc.option(dateTimeArbitrary),
    }),
  );

  return fc
    .record({
      suffix: idSuffixArbitrary,
      title: titleArbitrary,
      customer: fc.record({ name: textArbitrary, description: textArbitrary }),
      intendedMemory: textArbitrary,
      createdAt: dateTimeArbitrary,
      updatedAt: dateTimeArbitrary,
      silos: fc.array(rawSilo, { maxLength: maxSilos }),
      stages: fc.array(rawStage, { maxLength: maxStages }),
      touchpoints: fc.array(rawTouchpoint, { maxLength: maxTouchpoints }),
      handoffs: fc.array(rawHandoff, { maxLength: maxHandoffs }),
      notes: fc.array(rawNote, { maxLength: maxNotes }),
      comments: fc.array(rawComment, { maxLength: maxComments }),
      alignment: alignmentArbitrary,
    })
    .map((raw): JourneyMap => {
      const silos: Silo[] = raw.silos.map((silo, i) => ({
        id: makeId('silo', i, silo.suffix),
        name: silo.name,
        color: silo.color,
        lead: silo.lead,
      }));
      const siloRef = (ref: number | null): string | null =>
        ref === null || silos.length === 0 ? null : at(silos, ref).id;

      let metricIndex = 0;
      const stages: Stage[] = raw.stages.map((stage, i) => ({
        id: makeId('stage', i, stage.suffix),
        name: stage.name,
        description: stage.description,
        customerGoal: stage.customerGoal,
        accountableSiloId: siloRef(stage.accountableRef),
        metrics: stage.metrics.map(
          (metric): Metric => ({
            id: makeId('metric', metricIndex++, metric.suffix),
            name: metric.name,
            definition: metric.definition,
            unit: metric.unit,
            direction: metric.direction,
            target: metric.target,
            current: metric.current,
            ownerSiloIds: silos.length === 0 ? [] : [...new Set(metric.ownerRefs.map((ref) => at(silos, ref).id))],
          }),
        ),
      }));

      const touchpoints: Touchpoint[] =
        stages.length === 0
          ? []
          : raw.touchpoints.map((touchpoint, i) => ({
              id: makeId('tp', i, touchpoint.suffix),
              title: touchpoint.title,
              stageId: at(stages, touchpoint.stageRef).id,
              siloId: siloRef(touchpoint.siloRef),
              channel: touchpoint.channel,
              initiator: touchpoint.initiator,
              intent: touchpoint.intent,
              emotion: touchpoint.emotion,
              day: touchpoint.day,
              description: touchpoint.description,
            }));

      const handoffs: Handoff[] =
        touchpoints.length < 2
          ? []
          : raw.handoffs.map((handoff, i) => {
              const from = handoff.fromRef % touchpoints.length;
              const to = (from + 1 + (handoff.step % (touchpoints.length - 1))) % touchpoints.length;
              return {
                id: makeId('handoff', i, handoff.suffix),
                fromTouchpointId: at(touchpoints, from).id,
                toTouchpointId: at(touchpoints, to).id,
                label: handoff.label,
                ownerSiloId: siloRef(handoff.ownerRef),
              };
            });

      const notes: Note[] = raw.notes.map((note, i) => ({
        id: makeId('note', i, note.suffix),
        text: note.text,
        color: note.color,
        stageId: note.stageRef === null || stages.length === 0 ? null : at(stages, note.stageRef).id,
      }));

      const comments: Comment[] = raw.comments.map((comment, i) => {
        const target: Comment['target'] =
          comment.kind === 'stage' && stages.length > 0
            ? { kind: 'stage', id: at(stages, comment.targetRef).id }
            : comment.kind === 'touchpoint' && touchpoints.length > 0
              ? { kind: 'touchpoint', id: at(touchpoints, comment.targetRef).id }
              : { kind: 'map', id: null };
        return {
          id: makeId('comment', i, comment.suffix),
          author: comment.author,
          createdAt: comment.createdAt,
          text: comment.text,
          resolved: comment.resolved,
          target,
        };
      });

      return {
        id: makeId('map', 0, raw.suffix),
        title: raw.title,
        customer: raw.customer,
        intendedMemory: raw.intendedMemory,
        createdAt: raw.createdAt,
        updatedAt: raw.updatedAt,
        silos,
        stages,
        touchpoints,
        handoffs,
        notes,
        comments,
        alignment: raw.alignment,
      };
    });
}
