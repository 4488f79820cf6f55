/** The main process log: warnings go to stderr with a prefix, so refused IPC calls and blocked navigation are visible. */
export function logWarning(message: string): void {
  console.warn(`[journeymap] ${message}`);
}
