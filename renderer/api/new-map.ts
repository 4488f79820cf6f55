import { createEmptyMap } from '../../shared/model';
import type { JourneyMap } from '../../shared/model/types';
import { findTemplate } from '../../shared/templates';

/** True when `templateId` names a known template. */
export function isTemplateId(templateId: string): boolean {
  return findTemplate(templateId) !== undefined;
}

/** A new map from the template `templateId`, or a blank map for null or an unknown template. */
export function createNewMap(templateId: string | null, now: Date): JourneyMap {
  const template = templateId === null ? undefined : findTemplate(templateId);
  const timestamp = now.toISOString();
  return template ? template.create(timestamp) : createEmptyMap({ now: timestamp });
}
