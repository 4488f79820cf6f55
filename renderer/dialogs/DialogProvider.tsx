import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ChoiceDialog, type ChoiceRequest } from './ChoiceDialog';

/** Promise-based dialogs for flows such as "save before opening?". */
export interface Dialogs {
  /** Shows a choice dialog and resolves with the chosen value; requests queue one after another. */
  ask<T extends string>(request: ChoiceRequest<T>): Promise<T>;
}

interface Pending {
  id: number;
  request: ChoiceRequest<string>;
  resolve: (value: string) => void;
}

const DialogContext = createContext<Dialogs | null>(null);

/** Renders queued choice dialogs one at a time and provides `useDialogs()` below. */
export function DialogProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Pending[]>([]);
  const nextId = useRef(0);

  const ask = useCallback(<T extends string>(request: ChoiceRequest<T>) => {
    return new Promise<T>((resolve) => {
      const id = nextId.current++;
      setQueue((current) => [...current, { id, request, resolve: resolve as (value: string) => void }]);
    });
  }, []);
  const dialogs = useMemo<Dialogs>(() => ({ ask }), [ask]);

  const current = queue[0];
  const answer = (value: string) => {
    if (!current) return;
    setQueue((items) => (items[0]?.id === current.id ? items.slice(1) : items));
    current.resolve(value);
  };

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {current ? <ChoiceDialog key={current.id} request={current.request} onAnswer={answer} /> : null}
    </DialogContext.Provider>
  );
}

/** The dialogs of the nearest `<DialogProvider>`. */
export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogContext);
  if (!dialogs) throw new Error('useDialogs must be used inside <DialogProvider>');
  return dialogs;
}
