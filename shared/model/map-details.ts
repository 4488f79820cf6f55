import { cleanOptionalText, cleanRequiredText } from './text-limits';
import { LIMITS, type Customer, type JourneyMap } from './types';

/** Sets the map title (trimmed, at most 200 chars); an empty title is refused. */
export function setMapTitle(map: JourneyMap, title: string): JourneyMap {
  const clean = cleanRequiredText(title, LIMITS.maxTitleLength);
  return clean === null || clean === map.title ? map : { ...map, title: clean };
}

/** Updates the one agreed definition of the customer: its name and/or description. */
export function updateCustomer(map: JourneyMap, fields: Partial<Customer>): JourneyMap {
  const name = fields.name === undefined ? map.customer.name : (cleanOptionalText(fields.name) ?? map.customer.name);
  const description =
    fields.description === undefined
      ? map.customer.description
      : (cleanOptionalText(fields.description) ?? map.customer.description);
  if (name === map.customer.name && description === map.customer.description) return map;
  return { ...map, customer: { name, description } };
}

/** Sets the memory the company wants customers to keep of the whole experience. */
export function setIntendedMemory(map: JourneyMap, intendedMemory: string): JourneyMap {
  const clean = cleanOptionalText(intendedMemory);
  return clean === null || clean === map.intendedMemory ? map : { ...map, intendedMemory: clean };
}
