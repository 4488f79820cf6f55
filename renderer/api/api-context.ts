import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { JourneyApi } from '../../shared/ipc/contract';

const JourneyApiContext = createContext<JourneyApi | null>(null);

/** Provides the platform API (Electron preload or browser implementation) to the tree below. */
export function JourneyApiProvider({ api, children }: { api: JourneyApi; children: ReactNode }) {
  return createElement(JourneyApiContext.Provider, { value: api }, children);
}

/** The platform API: open, save, export, preferences, drafts. */
export function useJourneyApi(): JourneyApi {
  const api = useContext(JourneyApiContext);
  if (!api) throw new Error('useJourneyApi must be used inside <JourneyApiProvider>');
  return api;
}
