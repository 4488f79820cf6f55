import { describe, expect, it } from 'vitest';
import { getJourneyApi } from '../../../../renderer/api/journey-api';
import type { JourneyApi } from '../../../../shared/ipc/contract';

describe('getJourneyApi', () => {
  it('uses the Electron preload bridge when the page has one', () => {
    const preload = { platform: 'electron' } as JourneyApi;
    const fakeWindow = Object.assign(Object.create(window) as Window, { journeyApi: preload });
    expect(getJourneyApi(fakeWindow)).toBe(preload);
  });

  it('falls back to the browser implementation in a plain browser', () => {
    expect(window.journeyApi).toBeUndefined();
    expect(getJourneyApi().platform).toBe('browser');
  });
});
