import { ConflictIcon, UnownedIcon } from '../findings/DiagnosisIcons';

/**
 * The diagnosis marks on a touchpoint card: an icon and a word for a clashing message ("Conflict") and
 * for a card no silo owns ("No owner"). Hidden from assistive technology: the card's name says it.
 */
export function CardMarks({ conflict, unowned }: { conflict: boolean; unowned: boolean }) {
  if (!conflict && !unowned) return null;
  return (
    <span className="jm-card__marks" aria-hidden="true">
      {conflict ? (
        <span className="jm-card-mark jm-card-mark--conflict">
          <ConflictIcon size={13} />
          Conflict
        </span>
      ) : null}
      {unowned ? (
        <span className="jm-card-mark jm-card-mark--unowned">
          <UnownedIcon size={13} />
          No owner
        </span>
      ) : null}
    </span>
  );
}
