import { createContext, useContext, type ReactNode } from 'react';

/** A short status shown on a stage header, e.g. "Split ownership" (text, never colour alone). */
export interface StageBadge {
  label: string;
  tone: 'ok' | 'warning' | 'problem';
  /** A longer explanation for the tooltip and screen readers. */
  description?: string;
}

const StageBadgesContext = createContext<ReadonlyMap<string, StageBadge> | null>(null);

/** Supplies the status badges of the stage headers (the diagnosis provides them; none by default). */
export function StageBadgesProvider({
  badges,
  children,
}: {
  badges: ReadonlyMap<string, StageBadge>;
  children: ReactNode;
}) {
  return <StageBadgesContext.Provider value={badges}>{children}</StageBadgesContext.Provider>;
}

/** The hook point on every stage header where its status badge appears; renders nothing without one. */
export function StageStatusSlot({ stageId }: { stageId: string }) {
  const badge = useContext(StageBadgesContext)?.get(stageId);
  if (!badge) return null;
  return (
    <span className={`jm-stage-badge jm-stage-badge--${badge.tone}`} title={badge.description ?? badge.label}>
      {badge.label}
    </span>
  );
}
