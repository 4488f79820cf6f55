import type { JourneyMap } from '../model/types';

type ObjectKind = 'map' | 'silo' | 'stage' | 'metric' | 'touchpoint' | 'hand-off' | 'note' | 'comment';

interface Owner {
  kind: ObjectKind;
  path: string;
}

function article(kind: ObjectKind): string {
  return kind === 'hand-off' ? 'a hand-off' : /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

/**
 * Checks the spec's cross-object rules on a map whose shape is already valid: ids unique across the
 * whole map, every reference pointing to an existing object of the right kind, no hand-off from a
 * touchpoint to itself, comment targets consistent with their kind. Returns problems in file order.
 */
export function findIntegrityProblems(map: JourneyMap): string[] {
  const problems: string[] = [];
  const owners = new Map<string, Owner>();

  const register = (id: string, kind: ObjectKind, path: string): void => {
    const earlier = owners.get(id);
    if (earlier === undefined) owners.set(id, { kind, path });
    else problems.push(`${path}.id: the id ${JSON.stringify(id)} is already used by ${earlier.path}`);
  };

  register(map.id, 'map', 'map');
  map.silos.forEach((silo, i) => register(silo.id, 'silo', `silos[${i}]`));
  map.stages.forEach((stage, i) => {
    register(stage.id, 'stage', `stages[${i}]`);
    stage.metrics.forEach((metric, j) => register(metric.id, 'metric', `stages[${i}].metrics[${j}]`));
  });
  map.touchpoints.forEach((touchpoint, i) => register(touchpoint.id, 'touchpoint', `touchpoints[${i}]`));
  map.handoffs.forEach((handoff, i) => register(handoff.id, 'hand-off', `handoffs[${i}]`));
  map.notes.forEach((note, i) => register(note.id, 'note', `notes[${i}]`));
  map.comments.forEach((comment, i) => register(comment.id, 'comment', `comments[${i}]`));

  const expectKind = (id: string, kind: ObjectKind, path: string): void => {
    const owner = owners.get(id);
    if (owner?.kind === kind) return;
    const mismatch = owner === undefined ? '' : ` (that id belongs to ${article(owner.kind)})`;
    problems.push(`${path}: no ${kind} ${JSON.stringify(id)}${mismatch}`);
  };

  map.stages.forEach((stage, i) => {
    if (stage.accountableSiloId !== null) expectKind(stage.accountableSiloId, 'silo', `stages[${i}].accountableSiloId`);
    stage.metrics.forEach((metric, j) =>
      metric.ownerSiloIds.forEach((siloId, k) =>
        expectKind(siloId, 'silo', `stages[${i}].metrics[${j}].ownerSiloIds[${k}]`),
      ),
    );
  });
  map.touchpoints.forEach((touchpoint, i) => {
    expectKind(touchpoint.stageId, 'stage', `touchpoints[${i}].stageId`);
    if (touchpoint.siloId !== null) expectKind(touchpoint.siloId, 'silo', `touchpoints[${i}].siloId`);
  });
  map.handoffs.forEach((handoff, i) => {
    expectKind(handoff.fromTouchpointId, 'touchpoint', `handoffs[${i}].fromTouchpointId`);
    expectKind(handoff.toTouchpointId, 'touchpoint', `handoffs[${i}].toTouchpointId`);
    if (handoff.fromTouchpointId === handoff.toTouchpointId) {
      problems.push(`handoffs[${i}]: a hand-off cannot lead from touchpoint ${JSON.stringify(handoff.fromTouchpointId)} back to itself`);
    }
    if (handoff.ownerSiloId !== null) expectKind(handoff.ownerSiloId, 'silo', `handoffs[${i}].ownerSiloId`);
  });
  map.notes.forEach((note, i) => {
    if (note.stageId !== null) expectKind(note.stageId, 'stage', `notes[${i}].stageId`);
  });
  map.comments.forEach((comment, i) => {
    const { kind, id } = comment.target;
    const path = `comments[${i}].target.id`;
    if (kind === 'map') {
      if (id !== null) problems.push(`${path}: a comment on the whole map has no target id, but this one has ${JSON.stringify(id)}`);
    } else if (id === null) {
      problems.push(`${path}: a comment on a ${kind} must name that ${kind}, but the id is empty (null)`);
    } else {
      expectKind(id, kind, path);
    }
  });

  return problems;
}
