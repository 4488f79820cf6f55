/** Fails to compile when a switch misses a case of a union; throws if reached at run time anyway. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
