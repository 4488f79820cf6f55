/**
 * The file versions the kill test saves: version n is a valid journey map whose title names n and whose
 * size varies from version to version, so a torn or mixed write can never pass for a real version.
 */
import { serializeJourneyFile } from '../../../shared/format';
import { generateJourneyMap } from '../../support/map-generator';

const BASE = generateJourneyMap({ touchpoints: 120, seed: 2026 });
const TITLE_PREFIX = 'Kill test version ';

/** The exact text of version `n`. */
export function sampleVersion(n: number): string {
  const padding = 'workshop '.repeat((n * 7919) % 1100);
  return serializeJourneyFile({
    ...BASE,
    title: `${TITLE_PREFIX}${n}`,
    notes: [...BASE.notes, { id: 'note-kill-test', text: padding.trim(), color: '#fde68a', stageId: null }],
  });
}

/** The version number a saved text claims to be, or null. */
export function versionOf(text: string): number | null {
  const match = /"title": "Kill test version (\d+)"/.exec(text);
  return match?.[1] ? Number(match[1]) : null;
}
