import { duplicateTouchpoints, removeHandoff, removeSilo, removeStage, removeTouchpoints } from '../../shared/model';
import type { JourneyMap } from '../../shared/model/types';
import { useDocument } from '../store/document-store';
import { useView, type Selection } from '../store/view-store';
import { HandoffPanel } from './HandoffPanel';
import { MapDetailsPanel } from './MapDetailsPanel';
import { SiloPanel } from './SiloPanel';
import { StagePanel } from './StagePanel';
import { TouchpointPanel } from './TouchpointPanel';
import { useMapEdit } from './use-map-edit';
import './inspector.css';

/** The side panel: edits whatever is selected on the map, or the map's own details when nothing is. */
export function Inspector() {
  const selection = useView((state) => state.selection);
  return (
    <div className="jm-inspector">
      {selection && selection.ids.length > 1 ? (
        <MultiSelectionPanel selection={selection} />
      ) : (
        <SingleItem selection={selection} />
      )}
    </div>
  );
}

function SingleItem({ selection }: { selection: Selection | null }) {
  const id = selection?.ids[0];
  const kind = selection?.kind;
  const silos = useDocument((state) => state.map.silos);
  const stage = useDocument((state) => (kind === 'stage' ? state.map.stages.find((s) => s.id === id) : undefined));
  const silo = kind === 'silo' ? silos.find((s) => s.id === id) : undefined;
  const touchpoint = useDocument((state) =>
    kind === 'touchpoint' ? state.map.touchpoints.find((t) => t.id === id) : undefined,
  );
  const handoff = useDocument((state) =>
    kind === 'handoff' ? state.map.handoffs.find((h) => h.id === id) : undefined,
  );
  if (stage) return <StagePanel key={stage.id} stage={stage} silos={silos} />;
  if (silo) return <SiloPanel key={silo.id} silo={silo} />;
  if (touchpoint) return <TouchpointPanel key={touchpoint.id} touchpoint={touchpoint} />;
  if (handoff) return <HandoffPanel key={handoff.id} handoff={handoff} />;
  return <MapDetailsPanel />;
}

const NOUNS: Record<Selection['kind'], string> = {
  stage: 'stages',
  silo: 'silos',
  touchpoint: 'touchpoints',
  handoff: 'hand-offs',
};

function removeAll(map: JourneyMap, selection: Selection): JourneyMap {
  switch (selection.kind) {
    case 'touchpoint':
      return removeTouchpoints(map, selection.ids);
    case 'stage':
      return selection.ids.reduce(removeStage, map);
    case 'silo':
      return selection.ids.reduce(removeSilo, map);
    case 'handoff':
      return selection.ids.reduce(removeHandoff, map);
  }
}

/** Several items selected: how many, and what can be done to all of them. */
function MultiSelectionPanel({ selection }: { selection: Selection }) {
  const { edit, readOnly } = useMapEdit();
  const noun = NOUNS[selection.kind];
  return (
    <section className="jm-inspector__panel" aria-labelledby="jm-inspector-multi">
      <h2 id="jm-inspector-multi" className="jm-inspector__title">
        {selection.ids.length} {noun} selected
      </h2>
      <p className="jm-inspector__note">
        Drag one of them on the map to move them all. Shift-click adds or removes one.
      </p>
      {readOnly ? null : (
        <div className="jm-inspector__actions">
          {selection.kind === 'touchpoint' ? (
            <button
              type="button"
              className="jm-button"
              onClick={() => edit((map) => duplicateTouchpoints(map, selection.ids).map)}
            >
              Duplicate {selection.ids.length} {noun}
            </button>
          ) : null}
          <button
            type="button"
            className="jm-button jm-button--danger"
            onClick={() => edit((map) => removeAll(map, selection))}
          >
            Delete {selection.ids.length} {noun}
          </button>
        </div>
      )}
    </section>
  );
}
