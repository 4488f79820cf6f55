/**
 * Worker for the kill test: saves versions n+1, n+2, … of one file in a loop with the atomic writer until
 * it is killed. Prints "ready" once it is about to start. Usage: node save-loop.mjs <target>
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../../../electron/main/atomic-write';
import { sampleVersion, versionOf } from '../support/save-sample';

const target = process.argv[2];
if (!target) throw new Error('usage: save-loop <target>');
let version = versionOf(readFileSync(target, 'utf8')) ?? 0;
process.stdout.write('ready\n');
for (;;) {
  version += 1;
  await writeFileAtomic(target, sampleVersion(version));
}
