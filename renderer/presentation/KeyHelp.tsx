/** The keys of the presentation, as a visible card (toggled with ? or H) and as the dialog's description. */

export const KEY_HELP: readonly { keys: string; action: string }[] = [
  { keys: '→ / Page Down / Space', action: 'Next stage' },
  { keys: '← / Page Up / Backspace', action: 'Previous stage' },
  { keys: '↓ / ↑', action: 'Scroll a tall stage or map' },
  { keys: 'Home', action: 'The whole map' },
  { keys: 'End', action: 'The last stage' },
  { keys: 'F', action: 'Show or hide the problems' },
  { keys: 'B', action: 'Blank the screen, and back' },
  { keys: 'T', action: 'Start or stop the timer' },
  { keys: 'M', action: 'Set the timer minutes' },
  { keys: 'Esc', action: 'Back to editing' },
];

/** One sentence for screen readers describing how to drive the presentation. */
export const KEY_INSTRUCTIONS =
  'Right and left arrows, Page Down and Page Up step through the stages; Home shows the whole map and End the last stage. ' +
  'Down and up arrows scroll a tall stage, or a whole map too big for the screen. F shows or hides the problems, B blanks the screen, T starts or stops the timer, M sets its minutes, ' +
  'question mark shows these keys, and Escape returns to editing.';

/** The card listing the presentation's keys. */
export function KeyHelp() {
  return (
    <section className="pm-help" aria-label="Keys">
      <h2 className="pm-help__heading">Keys</h2>
      <dl className="pm-help__list">
        {KEY_HELP.map((entry) => (
          <div className="pm-help__row" key={entry.keys}>
            <dt>{entry.keys}</dt>
            <dd>{entry.action}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
