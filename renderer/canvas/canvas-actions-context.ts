/** Hands the canvas actions to the custom nodes React Flow renders (they cannot take them as props). */
import { createContext, useContext } from 'react';
import type { CanvasActions } from './canvas-actions';

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

/** The actions of the canvas this node is drawn on. */
export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('useCanvasActions must be used inside <CanvasActionsContext.Provider>');
  return actions;
}
