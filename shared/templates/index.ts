import { AUTO_INSURANCE_TEMPLATE } from './auto-insurance';
import { B2B_SOFTWARE_TEMPLATE } from './b2b-software';
import { BLANK_TEMPLATE } from './blank';
import { RETAIL_TEMPLATE } from './retail';
import type { JourneyTemplate } from './template-parts';

export type { JourneyTemplate } from './template-parts';

/** The maps offered by "New from template", blank first. */
export const TEMPLATES: readonly JourneyTemplate[] = [
  BLANK_TEMPLATE,
  AUTO_INSURANCE_TEMPLATE,
  RETAIL_TEMPLATE,
  B2B_SOFTWARE_TEMPLATE,
];

/** The template with this id, or undefined. */
export function findTemplate(id: string): JourneyTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
