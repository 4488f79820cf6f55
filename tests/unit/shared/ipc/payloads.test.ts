import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../../../shared/ipc/contract';
import { PAYLOAD_VALIDATORS, validatePayload } from '../../../../shared/ipc/payloads';
import { MALFORMED_FOR_EVERY_CHANNEL, MALFORMED_PAYLOADS, SAMPLE_MAP, SAMPLE_PNG, VALID_PAYLOADS } from '../../../reliability/support/ipc-samples';

describe('PAYLOAD_VALIDATORS', () => {
  it('has exactly one validator per invoke channel', () => {
    expect(Object.keys(PAYLOAD_VALIDATORS).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each(INVOKE_CHANNELS)('accepts a valid payload for %s', (channel) => {
    expect(validatePayload(channel, VALID_PAYLOADS[channel])).toMatchObject({ ok: true });
  });

  it.each(INVOKE_CHANNELS)('refuses malformed payloads for %s with a reason', (channel) => {
    for (const payload of [...MALFORMED_FOR_EVERY_CHANNEL, ...MALFORMED_PAYLOADS[channel]]) {
      const result = validatePayload(channel, payload);
      expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }
  });

  it('returns a clean copy of the map without unknown fields', () => {
    const result = validatePayload('document:save', { map: { ...SAMPLE_MAP, injected: '<img onerror=alert(1)>' } });
    expect(result.ok && result.value.map).toEqual(SAMPLE_MAP);
  });

  it('names the map problem when a map is invalid', () => {
    const result = validatePayload('drafts:write', { map: { ...SAMPLE_MAP, title: 42 } });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toMatch(/^map: /);
  });

  it('lets document:new carry a map (a CSV import), checked like a file, or a template id, not both', () => {
    expect(validatePayload('document:new', { map: SAMPLE_MAP })).toEqual({ ok: true, value: { map: SAMPLE_MAP } });
    expect(validatePayload('document:new', { templateId: null })).toEqual({ ok: true, value: { templateId: null } });
    expect(validatePayload('document:new', { map: { ...SAMPLE_MAP, stages: 'no' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^map: /) });
    expect(validatePayload('document:new', { map: SAMPLE_MAP, templateId: null }).ok).toBe(false);
    expect(validatePayload('document:new', { map: undefined }).ok).toBe(false);
  });

  it('accepts a partial preferences change', () => {
    const pdf = { format: 'poster-tabloid', sections: { cover: false, map: true, questions: true, stages: false, scorecard: true } } as const;
    expect(validatePayload('prefs:set', { pdf })).toEqual({ ok: true, value: { pdf } });
    expect(validatePayload('prefs:set', {})).toEqual({ ok: true, value: {} });
  });

  it('accepts PNG bytes arriving as a Node Buffer', () => {
    expect(validatePayload('export:png', { png: Buffer.from(SAMPLE_PNG), suggestedName: 'map.png' })).toMatchObject({ ok: true });
  });
});
