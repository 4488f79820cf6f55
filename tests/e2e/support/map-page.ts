import type { Locator, Page } from '@playwright/test';

/**
 * How the end-to-end tests find things on the map, the way a screen-reader user would.
 * The accessible-name contract of the canvas:
 * - a stage header is a `columnheader` whose name starts with the stage name;
 * - a silo lane header is a `rowheader` whose name starts with the silo name ("No owner" for unowned);
 * - a touchpoint card is a `button` whose name starts with its title;
 * - a hand-off is named "Hand-off from <title> to <title>…".
 */
export function mapRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Journey map', exact: true });
}

/** All stage headers on the canvas. */
export function stageHeaders(page: Page): Locator {
  return mapRegion(page).getByRole('columnheader');
}

/** One stage header, by the stage's name. */
export function stageHeader(page: Page, name: string): Locator {
  return mapRegion(page).getByRole('columnheader', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
}

/** All silo lane headers (including "No owner" when shown). */
export function siloHeaders(page: Page): Locator {
  return mapRegion(page).getByRole('rowheader');
}

/** One silo lane header, by the silo's name. */
export function siloHeader(page: Page, name: string): Locator {
  return mapRegion(page).getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
}

/** All touchpoint cards. */
export function touchpointCards(page: Page): Locator {
  return mapRegion(page).locator('[data-kind="touchpoint"]');
}

/** One touchpoint card, by its title. */
export function touchpointCard(page: Page, title: string): Locator {
  return mapRegion(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) });
}

/** All hand-off arrows. */
export function handoffs(page: Page): Locator {
  return mapRegion(page).getByRole('group', { name: /^Hand-off from / });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
