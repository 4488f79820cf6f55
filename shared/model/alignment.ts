import { isIsoDateTime } from './date-time';
import { cleanOptionalText, limitText } from './text-limits';
import type { Alignment, AlignmentAnswer, JourneyMap } from './types';

function cleanAnswer(answer: AlignmentAnswer): AlignmentAnswer {
  return {
    participant: limitText(String(answer.participant)),
    items: Array.isArray(answer.items) ? answer.items.filter((item) => typeof item === 'string').map((item) => limitText(item)) : [],
  };
}

function sameAlignment(a: Alignment | null, b: Alignment | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.question === b.question &&
    a.agreedAt === b.agreedAt &&
    a.answers.length === b.answers.length &&
    a.answers.every((answer, i) => {
      const other = b.answers[i];
      return (
        other !== undefined &&
        answer.participant === other.participant &&
        answer.items.length === other.items.length &&
        answer.items.every((item, j) => item === other.items[j])
      );
    })
  );
}

/** Records the stage-alignment exercise (each participant's answers and when the group agreed), or clears it with null. */
export function setAlignment(map: JourneyMap, alignment: Alignment | null): JourneyMap {
  const clean: Alignment | null =
    alignment === null
      ? null
      : {
          question: cleanOptionalText(alignment.question) ?? '',
          answers: Array.isArray(alignment.answers) ? alignment.answers.map(cleanAnswer) : [],
          agreedAt: isIsoDateTime(alignment.agreedAt) ? alignment.agreedAt : null,
        };
  return sameAlignment(map.alignment, clean) ? map : { ...map, alignment: clean };
}

/** Removes the record of the alignment exercise. */
export function clearAlignment(map: JourneyMap): JourneyMap {
  return setAlignment(map, null);
}
