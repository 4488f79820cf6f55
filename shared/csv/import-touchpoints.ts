import { createEmptyMap, newSilo, newStage } from '../model/create';
import { collectIds, createId } from '../model/ids';
import { cleanChannel, cleanDay, cleanEmotion, cleanInitiator, cleanIntent } from '../model/sanitize';
import { cleanOptionalText, cleanRequiredText } from '../model/text-limits';
import { LIMITS, type JourneyMap, type Silo, type Stage, type Touchpoint } from '../model/types';
import { nameKey } from './columns';
import type { CsvIssue, ParsedTouchpointRow } from './parse-touchpoints';

/** 'new-map' builds a fresh map from the rows; 'merge' adds the rows to the given map. */
export type CsvImportMode = 'new-map' | 'merge';

export interface CsvImportOptions {
  /** Title of the map built in 'new-map' mode. */
  title?: string;
  /** Creation time of the map built in 'new-map' mode (ISO 8601); defaults to now. */
  now?: string;
  /** Id factory (prefix → id); defaults to the model's `createId`. Ids that clash with the map are drawn again. */
  createId?: (prefix: string) => string;
}

export interface CsvImportResult {
  map: JourneyMap;
  /** Names of the stages created because no stage had that name, in creation order. */
  createdStages: string[];
  /** Names of the silos created because no silo had that name, in creation order. */
  createdSilos: string[];
  /** How many touchpoints were added. */
  added: number;
  /** Rows left out because the map reached a limit (stages, silos or touchpoints). */
  skipped: CsvIssue[];
}

const MAX_ID_ATTEMPTS = 1000;

/**
 * Adds parsed CSV rows to a map as touchpoints, in row order after the existing ones. Stages and silos
 * are found by name (trimmed, case-insensitive); names are not unique, so the FIRST stage or silo with
 * that name (in map order) is used, and a missing one is created at the end (new stages get no silo,
 * new silos the next palette colour). Rows that would break a LIMITS cap are skipped and reported.
 * In 'new-map' mode `map` is ignored and a fresh, empty map titled `options.title` is filled instead.
 */
export function importTouchpoints(
  map: JourneyMap,
  rows: readonly ParsedTouchpointRow[],
  mode: CsvImportMode,
  options: CsvImportOptions = {},
): CsvImportResult {
  const taken = mode === 'merge' ? collectIds(map) : new Set<string>();
  const makeId = (prefix: string): string => {
    const generate = options.createId ?? createId;
    for (let attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
      const id = generate(prefix);
      if (id.length > 0 && id.length <= LIMITS.maxIdLength && !taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
    let id = createId(prefix);
    while (taken.has(id)) id = createId(prefix);
    taken.add(id);
    return id;
  };

  const base: JourneyMap =
    mode === 'merge'
      ? map
      : { ...createEmptyMap({ title: options.title, now: options.now }), id: makeId('map') };
  const stages: Stage[] = [...base.stages];
  const silos: Silo[] = [...base.silos];
  const touchpoints: Touchpoint[] = [...base.touchpoints];
  const stageByName = new Map<string, string>();
  const siloByName = new Map<string, string>();
  for (const stage of stages) if (!stageByName.has(nameKey(stage.name))) stageByName.set(nameKey(stage.name), stage.id);
  for (const silo of silos) if (!siloByName.has(nameKey(silo.name))) siloByName.set(nameKey(silo.name), silo.id);

  const createdStages: string[] = [];
  const createdSilos: string[] = [];
  const skipped: CsvIssue[] = [];
  let added = 0;

  for (const row of rows) {
    const skip = (message: string): void => {
      skipped.push({ row: row.row, message: `Row ${row.row} was not imported: ${message}` });
    };
    const stageName = cleanRequiredText(row.stage, LIMITS.maxNameLength);
    const siloName = row.silo === null ? null : cleanRequiredText(row.silo, LIMITS.maxNameLength);
    const title = cleanRequiredText(row.title, LIMITS.maxTitleLength);
    if (stageName === null || title === null) {
      skip('its stage or title is empty.');
      continue;
    }
    if (touchpoints.length >= LIMITS.maxTouchpoints) {
      skip(`the map already holds ${LIMITS.maxTouchpoints.toLocaleString('en-US')} touchpoints, the most a map can have.`);
      continue;
    }
    const existingStageId = stageByName.get(nameKey(stageName));
    const existingSiloId = siloName === null ? null : siloByName.get(nameKey(siloName));
    if (existingStageId === undefined && stages.length >= LIMITS.maxStages) {
      skip(`its stage "${stageName}" would be new, and the map already has ${LIMITS.maxStages} stages, the most a map can have.`);
      continue;
    }
    if (existingSiloId === undefined && silos.length >= LIMITS.maxSilos) {
      skip(`its silo "${siloName ?? ''}" would be new, and the map already has ${LIMITS.maxSilos} silos, the most a map can have.`);
      continue;
    }

    let stageId = existingStageId;
    if (stageId === undefined) {
      const stage = newStage({ id: makeId('stage'), name: stageName });
      stages.push(stage);
      stageByName.set(nameKey(stageName), stage.id);
      createdStages.push(stageName);
      stageId = stage.id;
    }
    let siloId = existingSiloId;
    if (siloId === undefined && siloName !== null) {
      const silo = newSilo({ silos }, { id: makeId('silo'), name: siloName });
      silos.push(silo);
      siloByName.set(nameKey(siloName), silo.id);
      createdSilos.push(siloName);
      siloId = silo.id;
    }

    touchpoints.push({
      id: makeId('tp'),
      title,
      stageId,
      siloId: siloId ?? null,
      channel: cleanChannel(row.channel),
      initiator: cleanInitiator(row.initiator),
      intent: cleanIntent(row.intent),
      emotion: cleanEmotion(row.emotion),
      day: cleanDay(row.day),
      description: cleanOptionalText(row.description) ?? '',
    });
    added++;
  }

  const result: JourneyMap = added === 0 ? base : { ...base, stages, silos, touchpoints };
  return { map: result, createdStages, createdSilos, added, skipped };
}
