import type { JourneyApi } from '../../shared/ipc/contract';
import { createBrowserApi } from './browser-api';

/**
 * The platform API: the Electron preload's `window.journeyApi` when present, else the browser
 * implementation. Call once per page (the browser implementation holds the tab's state).
 */
export function getJourneyApi(win: Window = window): JourneyApi {
  return win.journeyApi ?? createBrowserApi({ window: win });
}
