import '@testing-library/jest-dom/vitest';

/** jsdom has no ResizeObserver; React Flow needs one to measure nodes. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
