/** The last status message (saved, opened, …), read out politely by screen readers. */
export function StatusBar({ message }: { message: string }) {
  return (
    <div className="status-bar" role="status" aria-live="polite" aria-label="Status">
      {message}
    </div>
  );
}
