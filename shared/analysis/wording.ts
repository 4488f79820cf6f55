import type { JourneyMap } from '../model';

/** Name lookups for sentences; unknown ids fall back to the id itself so wording never fails. */
export interface NameSource {
  stageName(stageId: string | null): string;
  siloName(siloId: string): string;
  touchpointTitle(touchpointId: string): string;
  metricName(metricId: string): string;
}

/** Name lookups that search the map directly: no set-up cost, for wording one finding at a time. */
export function mapNames(map: JourneyMap): NameSource {
  return {
    stageName: (stageId) => (stageId === null ? 'the map' : (map.stages.find((stage) => stage.id === stageId)?.name ?? stageId)),
    siloName: (siloId) => map.silos.find((silo) => silo.id === siloId)?.name ?? siloId,
    touchpointTitle: (touchpointId) => map.touchpoints.find((touchpoint) => touchpoint.id === touchpointId)?.title ?? touchpointId,
    metricName: (metricId) => {
      for (const stage of map.stages) {
        const metric = stage.metrics.find((candidate) => candidate.id === metricId);
        if (metric !== undefined) return metric.name;
      }
      return metricId;
    },
  };
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** Wraps a title in typographic quotes. */
export function quoted(text: string): string {
  return `\u201c${text}\u201d`;
}

/** Chooses the singular or plural verb for a list of subjects. */
export function isOrAre(count: number): string {
  return count === 1 ? 'is' : 'are';
}

/** A number with its unit, e.g. "95%" or "42 min". */
export function withUnit(value: number, unit: string): string {
  const trimmed = unit.trim();
  if (trimmed === '') return String(value);
  if (trimmed === '%') return `${value}%`;
  return `${value} ${trimmed}`;
}
