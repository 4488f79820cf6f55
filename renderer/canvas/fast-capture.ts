/**
 * Fast capture: touchpoints typed as fast as people call them out. N adds a card and edits its title;
 * Enter there commits it and opens the capture form for the next card of the same cell, Tab opens the
 * card's other fields (channel, intent, feeling) instead. Pasted lines become one card each.
 */
import { useEffect } from 'react';
import { LIMITS } from '../../shared/model/types';
import type { ViewStore } from '../store/view-store';
import type { WorkshopActions } from './workshop-actions';
import type { WorkshopViewStore } from './workshop-view';

/** At most this many lines become cards in one paste (a whole document pasted by mistake stays small). */
export const MAX_PASTED_LINES = 500;

const LIST_MARKER = /^(?:[-*•‣◦·▪]|\d{1,3}[.)])\s+/;

/**
 * The touchpoint titles in pasted text: one per non-empty line, list markers ("- ", "• ", "3. ") and
 * surrounding space removed, inner runs of whitespace (tabs from a spreadsheet) made single spaces.
 */
export function titlesFromText(text: string): string[] {
  const titles: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const title = line.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '').trim().slice(0, LIMITS.maxTitleLength);
    if (title) titles.push(title);
    if (titles.length === MAX_PASTED_LINES) break;
  }
  return titles;
}

/** The keys of a keydown the capture chain looks at. */
export type CaptureKeyEvent = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'> & {
  target: EventTarget | null;
};

/**
 * Watches keys typed into the title editor of a card added with N, before the editor handles them:
 * Enter with a title queues the next card, Tab (Shift+Tab) queues this card's fields and asks the caller
 * to leave the editor (which commits the title); Esc or Enter on an empty title ends the chain.
 * Returns true when the caller must prevent the key's default and blur the editor.
 */
export function watchCaptureTitleKey(
  event: CaptureKeyEvent,
  viewStore: ViewStore,
  workshopView: WorkshopViewStore,
): boolean {
  const editing = viewStore.getState().editing;
  const workshop = workshopView.getState();
  if (editing?.kind !== 'touchpoint' || workshop.chainFrom !== editing.id) return false;
  if (typeof HTMLInputElement === 'undefined' || !(event.target instanceof HTMLInputElement)) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key === 'Enter' && !event.shiftKey) {
    if (event.target.value.trim()) workshop.setPendingCapture({ touchpointId: editing.id, then: 'next' });
    else workshop.setChainFrom(null);
    return false;
  }
  if (event.key === 'Tab') {
    workshop.setPendingCapture({ touchpointId: editing.id, then: event.shiftKey ? 'emotion' : 'channel' });
    return true;
  }
  if (event.key === 'Escape') workshop.setChainFrom(null);
  return false;
}

/** Opens the capture form once the title editor of a card added with N closes with a queued next step. */
export function useCaptureChain(viewStore: ViewStore, workshopView: WorkshopViewStore, actions: WorkshopActions): void {
  useEffect(
    () =>
      viewStore.subscribe((state, previous) => {
        const closed = previous.editing;
        if (closed?.kind !== 'touchpoint' || state.editing !== null) return;
        const workshop = workshopView.getState();
        const pending = workshop.pendingCapture;
        if (workshop.chainFrom === closed.id) workshop.setChainFrom(null);
        if (!pending) return;
        workshop.setPendingCapture(null);
        if (pending.touchpointId === closed.id) actions.openCaptureAfter(closed.id, pending.then);
      }),
    [viewStore, workshopView, actions],
  );
}
