/**
 * The edit the "edit → highlights" figure makes: Alt+ArrowDown on a card at the bottom of its cell moves it
 * to the lane below (a new owner), chosen so that its stage's status badge changes; Alt+ArrowUp moves it back.
 */
import { analyzeJourney, stageBadge } from '../../shared/analysis';
import { keyboardMoveTarget, type Direction } from '../../shared/layout/grid-navigation';
import { layoutJourney, type JourneyLayout } from '../../shared/layout/grid-layout';
import { moveTouchpoint } from '../../shared/model/touchpoints';
import type { JourneyMap } from '../../shared/model/types';

export interface BadgeEdit {
  touchpointId: string;
  stageId: string;
  /** The stage's badge label before and after the move down. */
  badgeBefore: string;
  badgeAfter: string;
}

/** The map after the keyboard move of one card (the same map when the card cannot move that way). */
export function moveByKeyboard(map: JourneyMap, layout: JourneyLayout, touchpointId: string, direction: Direction): JourneyMap {
  const target = keyboardMoveTarget(layout, touchpointId, direction);
  if (target === null) return map;
  return moveTouchpoint(map, touchpointId, { stageId: target.stageId, siloId: target.siloId });
}

/** The first card whose move to the lane below changes its stage's badge label and whose move back restores it. */
export function findBadgeChangingEdit(map: JourneyMap): BadgeEdit | null {
  const layout = layoutJourney(map);
  const findings = analyzeJourney(map);
  for (const cell of layout.cells) {
    const touchpointId = cell.touchpointIds[cell.touchpointIds.length - 1];
    if (touchpointId === undefined) continue;
    const moved = moveByKeyboard(map, layout, touchpointId, 'down');
    if (moved === map) continue;
    const before = stageBadge(map, findings, cell.stageId).label;
    const after = stageBadge(moved, analyzeJourney(moved), cell.stageId).label;
    if (before === after) continue;
    const back = moveByKeyboard(moved, layoutJourney(moved), touchpointId, 'up');
    if (stageBadge(back, analyzeJourney(back), cell.stageId).label !== before) continue;
    return { touchpointId, stageId: cell.stageId, badgeBefore: before, badgeAfter: after };
  }
  return null;
}
