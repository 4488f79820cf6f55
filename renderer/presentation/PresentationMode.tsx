import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFindings } from '../analysis/use-findings';
import { useCommandHandler, useCommands, type AppCommand } from '../shell/commands';
import { isTextField } from '../shell/text-fields';
import { useDocument } from '../store/document-store';
import { FindingCallouts } from './FindingCallouts';
import { KEY_INSTRUCTIONS, KeyHelp } from './KeyHelp';
import { PresentationMap } from './PresentationMap';
import { presentationKeyAction, type PresentationKeyAction } from './presentation-keys';
import {
  BLANKED_MESSAGE,
  INITIAL_PRESENTATION,
  describeChange,
  updatePresentation,
  type PresentationChange,
  type PresentationState,
} from './presentation-state';
import { projectorCssVariables } from './projector-theme';
import { positionLabel, stageAnnouncement } from './stage-announcement';
import { useFrameFit } from './use-frame-fit';
import { usePageBehind } from './use-page-behind';
import { useWorkshopTimer } from './use-workshop-timer';
import { spokenClock } from './workshop-timer';
import { WorkshopTimerView } from './WorkshopTimerView';
import './presentation.css';

/** Commands that would change the map: while presenting they do nothing (the room sees a read-only map). */
export const COMMANDS_BLOCKED_WHILE_PRESENTING: readonly AppCommand[] = [
  'undo',
  'redo',
  'cut',
  'paste',
  'delete',
  'duplicate',
  'select-all',
  'import-csv',
];

function useBlockedCommands(commands: readonly AppCommand[]): void {
  const registry = useCommands();
  useEffect(() => {
    const unregister = commands.map((command) => registry.register(command, () => undefined));
    return () => {
      for (const off of unregister) off();
    };
  }, [registry, commands]);
}

function anotherModalIsOpen(root: HTMLElement | null): boolean {
  return Array.from(document.querySelectorAll('[aria-modal="true"]')).some((element) => element !== root);
}

const projectorStyle = projectorCssVariables();

/**
 * Presentation mode: the map full screen for the room, read-only, in large high-contrast type, one stage at
 * a time with its problems called out. Driven by the keyboard or a presentation clicker; Esc returns.
 */
export function PresentationMode({ onLeave, clock }: { onLeave: () => void; clock?: () => number }) {
  const map = useDocument((state) => state.map);
  const findings = useFindings();
  const [state, setState] = useState<PresentationState>(INITIAL_PRESENTATION);
  const [announcement, setAnnouncement] = useState(() => stageAnnouncement(map, findings, null));
  const [timerShown, setTimerShown] = useState(false);
  const [editingMinutes, setEditingMinutes] = useState(false);
  const workshopTimer = useWorkshopTimer(clock);
  const rootRef = useRef<HTMLDivElement>(null);
  const mapViewportRef = useRef<HTMLElement>(null);
  const instructionsId = useId();
  const fit = useFrameFit();

  usePageBehind(rootRef);
  useBlockedCommands(COMMANDS_BLOCKED_WHILE_PRESENTING);

  const stateRef = useRef(state);
  const latest = useRef({ map, findings });
  latest.current = { map, findings };

  const change = useCallback((request: PresentationChange) => {
    const before = stateRef.current;
    const after = updatePresentation(before, request);
    if (after === before) return;
    stateRef.current = after;
    setState(after);
    const message = describeChange(before, after, latest.current.map, latest.current.findings);
    if (message !== null) setAnnouncement(message);
  }, []);

  useCommandHandler('findings-toggle', () => change({ kind: 'toggle-findings' }));

  const stageCount = map.stages.length;
  useEffect(() => change({ kind: 'stages-changed', stageCount }), [change, stageCount]);

  const leave = useRef(onLeave);
  leave.current = onLeave;

  const timerStatus = workshopTimer.timer.status;
  useEffect(() => {
    if (timerStatus === 'finished') setAnnouncement('Time is up');
  }, [timerStatus]);

  const focusRoot = () => rootRef.current?.focus();

  const act = (action: PresentationKeyAction, repeat: boolean) => {
    if (action.kind === 'leave') {
      leave.current();
      return;
    }
    if (stateRef.current.blanked && action.kind !== 'toggle-blank') return;
    if (action.kind === 'step') {
      change({ kind: 'step', command: action.command, stageCount });
      return;
    }
    if (action.kind === 'scroll') {
      const viewport = mapViewportRef.current;
      // A focused stage taller than the screen, or the condensed whole map of a very big map.
      if (viewport && typeof viewport.scrollBy === 'function') viewport.scrollBy({ top: action.direction * viewport.clientHeight * 0.5 });
      return;
    }
    if (repeat) return;
    switch (action.kind) {
      case 'toggle-findings':
        change({ kind: 'toggle-findings' });
        return;
      case 'toggle-blank':
        change({ kind: 'toggle-blank' });
        return;
      case 'toggle-help':
        change({ kind: 'toggle-help' });
        return;
      case 'toggle-timer': {
        setTimerShown(true);
        const { timer, left } = workshopTimer.toggle();
        setAnnouncement(`${timer.status === 'running' ? 'Timer started' : 'Timer paused'}: ${spokenClock(left)} left`);
        return;
      }
      case 'set-timer-minutes':
        setTimerShown(true);
        setEditingMinutes(true);
        return;
      case 'ignore':
        return;
    }
  };
  const actRef = useRef(act);
  actRef.current = act;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      if (isTextField(target) || anotherModalIsOpen(rootRef.current)) return;
      const action = presentationKeyAction(event, { onButton: target !== null && target.closest('button') !== null });
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      actRef.current(action, event.repeat);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  const focusedStage = state.focus === null ? undefined : map.stages[state.focus];

  return createPortal(
    <div
      ref={rootRef}
      className="pm-root"
      role="dialog"
      aria-modal="true"
      aria-label="Presentation"
      aria-describedby={instructionsId}
      tabIndex={-1}
      style={projectorStyle}
    >
      <div
        className="pm-frame"
        style={{ zoom: fit.zoom, width: fit.frame.width, height: fit.frame.height }}
        aria-hidden={state.blanked ? true : undefined}
      >
        <header className="pm-topbar">
          <h1 className="pm-topbar__title">{map.title}</h1>
          <p className="pm-topbar__position">{positionLabel(state.focus, stageCount)}</p>
          {timerShown ? (
            <WorkshopTimerView
              timer={workshopTimer.timer}
              left={workshopTimer.left}
              editing={editingMinutes}
              onSetMinutes={(minutes) => {
                workshopTimer.setMinutes(minutes);
                setEditingMinutes(false);
                setAnnouncement(`Timer set to ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
                focusRoot();
              }}
              onCancelEditing={() => {
                setEditingMinutes(false);
                focusRoot();
              }}
            />
          ) : (
            <p className="pm-topbar__hint">Press ? for keys</p>
          )}
          <button type="button" className="pm-button" onClick={() => leave.current()}>
            Exit
          </button>
        </header>
        <div className="pm-body">
          {stageCount === 0 ? (
            <p className="pm-empty">This map has no stages yet.</p>
          ) : (
            <PresentationMap map={map} findings={findings} focus={state.focus} viewportRef={mapViewportRef} />
          )}
          {focusedStage !== undefined && state.showFindings ? <FindingCallouts map={map} findings={findings} stage={focusedStage} /> : null}
        </div>
        {state.helpOpen ? <KeyHelp /> : null}
      </div>
      {state.blanked ? (
        <div className="pm-blank">
          <p className="pm-sr-only">{BLANKED_MESSAGE}</p>
        </div>
      ) : null}
      <p id={instructionsId} className="pm-sr-only">
        {KEY_INSTRUCTIONS}
      </p>
      <p className="pm-sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>,
    document.body,
  );
}
