/**
 * Reliability row 2: the disk fills up during a save (short writes, then ENOSPC, at every possible byte).
 * The previous file stays byte-identical, the user gets a plain message and Save As is offered.
 * Reproduce: npx vitest run --project reliability tests/reliability/disk-full.test.ts
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDocumentFile } from '../../electron/main/document-files';
import { serializeJourneyFile } from '../../shared/format';
import { generateJourneyMap } from '../support/map-generator';
import { diskFullFs, faultyFs, systemError } from './support/faulty-fs';

let folder: string;
const previousMap = generateJourneyMap({ touchpoints: 30, seed: 3 });
const biggerMap = generateJourneyMap({ touchpoints: 60, seed: 4 });
const newBytes = Buffer.byteLength(serializeJourneyFile(biggerMap));

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'disk-full-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function plainDiskFullMessage(message: string): boolean {
  return /disk is full/i.test(message) && /Save As/.test(message) && !/ENOSPC|errno|syscall/i.test(message);
}

describe('a full disk during save (reliability row 2)', () => {
  it('keeps the previous file byte-identical whatever byte the disk fills up at', async () => {
    const target = path.join(folder, 'workshop.journeymap');
    const previous = serializeJourneyFile(previousMap);
    writeFileSync(target, previous);
    const capacities = [0, 1, 2, 511, 4096, 4097, Math.floor(newBytes / 2), newBytes - 1];
    for (let step = 0; step < 40; step += 1) capacities.push(Math.floor((newBytes * step) / 40));
    let identical = 0;
    let plain = 0;
    let saveAsOffered = 0;
    for (const capacityBytes of capacities) {
      for (const maxBytesPerWrite of [undefined, 1000, 65_536]) {
        const result = await saveDocumentFile({
          filePath: target,
          map: biggerMap,
          expected: null,
          askConflict: async () => 'cancel',
          writeOptions: { fs: diskFullFs({ capacityBytes, maxBytesPerWrite }) },
        });
        if (readFileSync(target, 'utf8') === previous) identical += 1;
        if (result.status === 'failed' && plainDiskFullMessage(result.message)) plain += 1;
        if (result.status === 'failed' && result.canSaveAs) saveAsOffered += 1;
      }
    }
    const attempts = capacities.length * 3;
    console.log(
      `[reliability 2] ${attempts} saves onto a disk filling up at byte 0…${newBytes - 1}: previous file byte-identical ${identical}/${attempts}, ` +
        `plain "disk is full" message ${plain}/${attempts}, Save As offered ${saveAsOffered}/${attempts}`,
    );
    expect(identical).toBe(attempts);
    expect(plain).toBe(attempts);
    expect(saveAsOffered).toBe(attempts);
    expect(readdirSync(folder).sort()).toEqual(['workshop.journeymap']);
  });

  it('the same save succeeds once there is room, and keeps the previous version as .bak', async () => {
    const target = path.join(folder, 'later.journeymap');
    writeFileSync(target, serializeJourneyFile(previousMap));
    const full = await saveDocumentFile({
      filePath: target,
      map: biggerMap,
      expected: null,
      askConflict: async () => 'cancel',
      writeOptions: { fs: diskFullFs({ capacityBytes: 100 }) },
    });
    expect(full.status).toBe('failed');
    const roomy = await saveDocumentFile({ filePath: target, map: biggerMap, expected: null, askConflict: async () => 'cancel' });
    expect(roomy.status).toBe('saved');
    expect(readFileSync(target, 'utf8')).toBe(serializeJourneyFile(biggerMap));
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe(serializeJourneyFile(previousMap));
  });

  it('treats ENOSPC from fsync or close like a full disk too', async () => {
    const target = path.join(folder, 'flush.journeymap');
    const previous = serializeJourneyFile(previousMap);
    writeFileSync(target, previous);
    for (const fs of [faultyFs({ fsync: async () => Promise.reject(systemError('ENOSPC')) }), faultyFs({ write: async () => Promise.reject(systemError('EDQUOT')) })]) {
      const result = await saveDocumentFile({ filePath: target, map: biggerMap, expected: null, askConflict: async () => 'cancel', writeOptions: { fs } });
      expect(result).toMatchObject({ status: 'failed', canSaveAs: true });
      expect(result.status === 'failed' && plainDiskFullMessage(result.message)).toBe(true);
      expect(readFileSync(target, 'utf8')).toBe(previous);
    }
  });
});
