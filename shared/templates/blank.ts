import { createEmptyMap } from '../model/create';
import type { JourneyTemplate } from './template-parts';

/** An empty map: no stages, silos or touchpoints. */
export const BLANK_TEMPLATE: JourneyTemplate = {
  id: 'blank',
  name: 'Blank',
  description: 'An empty map. Start by agreeing on the stages, then add the silos that deliver them.',
  create: (now) => createEmptyMap({ now }),
};
