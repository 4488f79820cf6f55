/** A valid payload for every invoke channel, and malformed ones any channel must refuse. */
import type { InvokeChannel, InvokeContract } from '../../../shared/ipc/contract';
import { generateJourneyMap } from '../../support/map-generator';

export const SAMPLE_MAP = generateJourneyMap({ touchpoints: 20, seed: 12 });

/** The 8-byte PNG signature followed by a little data. */
export const SAMPLE_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const SECTIONS = { cover: true, map: true, questions: false, stages: true, scorecard: true };

/** One valid payload per channel (`undefined` for channels that take none). */
export const VALID_PAYLOADS: { [C in InvokeChannel]: InvokeContract[C]['args'] } = {
  'document:get-initial': undefined,
  'document:open': undefined,
  'document:open-for-review': undefined,
  'document:new': { templateId: 'auto-insurance' },
  'document:save': { map: SAMPLE_MAP },
  'document:save-as': { map: SAMPLE_MAP },
  'document:set-edited': { edited: true, title: 'Claims' },
  'window:close-confirmed': undefined,
  'window:set-full-screen': { fullScreen: true },
  'prefs:get': undefined,
  'prefs:set': { theme: 'dark' },
  'drafts:write': { map: SAMPLE_MAP },
  'drafts:list': undefined,
  'drafts:get': { draftId: '0b7c6a8e-3f7e-4d1e-9c55-6c2f1d1e2a3b' },
  'drafts:discard': { draftId: '0b7c6a8e-3f7e-4d1e-9c55-6c2f1d1e2a3b' },
  'drafts:discard-own': undefined,
  'export:pdf': { map: SAMPLE_MAP, options: { format: 'a4', sections: SECTIONS } },
  'export:png': { png: SAMPLE_PNG, suggestedName: 'Claims map.png' },
  'export:csv': { csv: 'title,stage\nQuote,Buy\n', suggestedName: 'touchpoints.csv' },
  'import:csv': undefined,
  'print:get-job': undefined,
};

const brokenMap = { ...SAMPLE_MAP, stages: 'not a list' };
const dangling = { ...SAMPLE_MAP, touchpoints: SAMPLE_MAP.touchpoints.map((touchpoint) => ({ ...touchpoint, stageId: 'no-such-stage' })) };

/** Payloads no channel accepts (valid payloads of other shapes are added per channel by the tests). */
export const MALFORMED_FOR_EVERY_CHANNEL: readonly unknown[] = [
  null,
  42,
  'a string',
  true,
  [],
  [SAMPLE_MAP],
  { __proto__: { polluted: true } },
  { map: brokenMap },
  { map: dangling },
  { map: SAMPLE_MAP, extra: 'field', templateId: 'x', draftId: '../../etc/passwd' },
];

/** Payloads that are nearly right for one channel and must still be refused. */
export const MALFORMED_PAYLOADS: { [C in InvokeChannel]: readonly unknown[] } = {
  'document:get-initial': [{}],
  'document:open': [{}],
  'document:open-for-review': [{}],
  'document:new': [
    {},
    { templateId: 7 },
    { templateId: '' },
    { templateId: 'x'.repeat(101) },
    { map: brokenMap },
    { map: null },
    { map: SAMPLE_MAP, templateId: null },
  ],
  'document:save': [{}, { map: brokenMap }, { map: SAMPLE_MAP, path: '/etc/passwd' }],
  'document:save-as': [{}, { map: dangling }, { map: SAMPLE_MAP, filePath: '/tmp/x' }],
  'document:set-edited': [{ edited: 'yes', title: 'x' }, { edited: true }, { edited: true, title: 'x'.repeat(10_001) }],
  'window:close-confirmed': [{}],
  'window:set-full-screen': [{}, { fullScreen: 'yes' }, { fullScreen: 1 }, { fullScreen: null }, { fullScreen: true, windowId: 2 }, { fullscreen: true }],
  'prefs:get': [{}],
  'prefs:set': [{ theme: 'purple' }, { pdf: { format: 'a4' } }, { windowBounds: { x: 0 } }],
  'drafts:write': [{}, { map: brokenMap }],
  'drafts:list': [{}],
  'drafts:get': [{ draftId: '../secrets' }, { draftId: '' }, { draftId: 'a/b' }],
  'drafts:discard': [{ draftId: '..' }, { draftId: 'x'.repeat(101) }],
  'drafts:discard-own': [{}, { draftId: '0b7c6a8e-3f7e-4d1e-9c55-6c2f1d1e2a3b' }],
  'export:pdf': [{ map: SAMPLE_MAP }, { map: SAMPLE_MAP, options: { format: 'huge', sections: SECTIONS } }, { options: { format: 'a4', sections: SECTIONS } }],
  'export:png': [
    { png: new Uint8Array([1, 2, 3]), suggestedName: 'x.png' },
    { png: [0x89, 0x50], suggestedName: 'x.png' },
    { png: SAMPLE_PNG, suggestedName: '../../x.png' },
    { png: SAMPLE_PNG, suggestedName: '' },
  ],
  'export:csv': [{ csv: 42, suggestedName: 'x.csv' }, { csv: 'a', suggestedName: 'dir/x.csv' }],
  'import:csv': [{}],
  'print:get-job': [{}, { windowId: 2 }, { webContentsId: 7 }],
};
