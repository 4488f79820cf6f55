import { useState } from 'react';
import type { JourneyMap } from '../../shared/model/types';
import { mapLookup } from './map-lookup';
import { sharedMetricName, type QuickFix, type SiloChoiceFix } from './quick-fixes';

/** What the user chose: the fix and, for a choice, the silo. */
export type QuickFixChoice = { fix: QuickFix; siloId: string | null };

function nameOf(items: readonly { id: string; name: string }[], id: string): string {
  return items.find((item) => item.id === id)?.name ?? '';
}

function touchpointTitle(map: JourneyMap, id: string): string {
  return mapLookup(map).touchpointById.get(id)?.title ?? 'this touchpoint';
}

/** The words of a silo-choice fix: the group, the picker and the button for the chosen silo. */
function choiceWording(fix: SiloChoiceFix, map: JourneyMap): { group: string; picker: string; action: (silo: string) => string } {
  switch (fix.kind) {
    case 'make-accountable': {
      const stage = nameOf(map.stages, fix.targetId);
      return {
        group: `Make a silo accountable for ${stage}`,
        picker: `Silo to make accountable for ${stage}`,
        action: (silo) => `Make ${silo} accountable`,
      };
    }
    case 'own-handoff':
      return {
        group: 'Give this hand-off an owner',
        picker: 'Owner of this hand-off',
        action: (silo) => `Make ${silo} own this hand-off`,
      };
    case 'own-touchpoint':
      return {
        group: 'Give this touchpoint an owner',
        picker: `Owner of “${touchpointTitle(map, fix.targetId)}”`,
        action: (silo) => `Make ${silo} own this touchpoint`,
      };
  }
}

/** A sentence saying what a fix just did, for the panel's live status line. */
export function quickFixDoneText(choice: QuickFixChoice, map: JourneyMap): string {
  const { fix, siloId } = choice;
  const silo = siloId === null ? '' : nameOf(map.silos, siloId);
  switch (fix.kind) {
    case 'add-shared-metric': {
      const stage = nameOf(map.stages, fix.stageId);
      return `Added “${sharedMetricName(stage)}” to ${stage}. Give it a target in the inspector.`;
    }
    case 'make-accountable':
      return `${silo} is now accountable for ${nameOf(map.stages, fix.targetId)}.`;
    case 'own-handoff':
      return `${silo} now owns the hand-off.`;
    case 'own-touchpoint':
      return `${silo} now owns “${touchpointTitle(map, fix.targetId)}”.`;
  }
}

/**
 * The quick fix under a finding: one button, or a silo picker with a button naming the chosen silo.
 * `onApply` runs the fix as one edit.
 */
export function QuickFixControl({ fix, map, onApply }: { fix: QuickFix; map: JourneyMap; onApply: (choice: QuickFixChoice) => void }) {
  if (fix.kind === 'add-shared-metric') {
    return (
      <div className="jm-quick-fix">
        <button type="button" className="button jm-quick-fix__button" onClick={() => onApply({ fix, siloId: null })}>
          Add a shared metric for {nameOf(map.stages, fix.stageId)}
        </button>
      </div>
    );
  }
  return <SiloChoiceControl fix={fix} map={map} onApply={onApply} />;
}

function SiloChoiceControl({ fix, map, onApply }: { fix: SiloChoiceFix; map: JourneyMap; onApply: (choice: QuickFixChoice) => void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = picked !== null && fix.choices.includes(picked) ? picked : (fix.choices[0] ?? '');
  const wording = choiceWording(fix, map);
  return (
    <div className="jm-quick-fix" role="group" aria-label={wording.group}>
      {fix.choices.length > 1 ? (
        <select
          className="select jm-quick-fix__picker"
          aria-label={wording.picker}
          value={chosen}
          onChange={(event) => setPicked(event.target.value)}
        >
          {fix.choices.map((siloId) => (
            <option key={siloId} value={siloId}>
              {nameOf(map.silos, siloId)}
            </option>
          ))}
        </select>
      ) : null}
      <button type="button" className="button jm-quick-fix__button" onClick={() => onApply({ fix, siloId: chosen })}>
        {wording.action(nameOf(map.silos, chosen))}
      </button>
    </div>
  );
}
