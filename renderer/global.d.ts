import type { JourneyApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** The Electron preload bridge; absent when the renderer runs in a plain browser. */
    journeyApi?: JourneyApi;
  }
}

export {};
