import { useState } from 'react';

/**
 * The text of a field that commits on blur: local while the user types, and reset to `value` whenever
 * the committed value changes underneath it (an undo, another file opened). Call `expectCommit` with
 * the value a commit should produce: when it does, the text stays as typed (no reformatting, so the
 * layout does not jump under the pointer); when the commit is refused or cleaned, the field shows the
 * stored value.
 */
export function useCommittedText(value: string): [string, (text: string) => void, (expected: string) => void] {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  if (committed !== value) {
    setCommitted(value);
    setText(value);
  }
  return [text, setText, setCommitted];
}
