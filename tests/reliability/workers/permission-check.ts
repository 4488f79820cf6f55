/**
 * Worker for the permission test, run as an unprivileged user: opens or saves a map and prints the
 * outcome as JSON (never throws). Usage: node permission-check.mjs open|save <file>
 */
import { readDocumentFile, saveDocumentFile } from '../../../electron/main/document-files';
import { generateJourneyMap } from '../../support/map-generator';

const [action, filePath] = process.argv.slice(2);
if ((action !== 'open' && action !== 'save') || !filePath) throw new Error('usage: permission-check open|save <file>');

if (action === 'open') {
  const result = await readDocumentFile(filePath);
  process.stdout.write(JSON.stringify(result.ok ? { ok: true, readOnly: result.document.info.readOnly } : result));
} else {
  const result = await saveDocumentFile({
    filePath,
    map: generateJourneyMap({ touchpoints: 5, seed: 1 }),
    expected: null,
    askConflict: async () => 'cancel',
  });
  process.stdout.write(JSON.stringify(result));
}
