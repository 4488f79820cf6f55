/**
 * Reads the command line: `.journeymap` files to open, or a headless PDF export
 * (`journeymap --export-pdf <map.journeymap> --out <file.pdf> [--format slide|a4|letter|poster]`).
 * Pure, so every form is unit-tested.
 */
import path from 'node:path';
import type { PdfPageFormat } from '../../shared/ipc/contract';

export type LaunchRequest =
  | { kind: 'app'; files: string[] }
  | { kind: 'export-pdf'; input: string; output: string; format: PdfPageFormat }
  | { kind: 'invalid'; message: string };

export const EXPORT_USAGE =
  'Usage: journeymap --export-pdf <map.journeymap> --out <file.pdf> [--format slide|a4|letter|poster|poster-tabloid]';

const FORMAT_ALIASES: Readonly<Record<string, PdfPageFormat>> = {
  slide: 'slide',
  slides: 'slide',
  a4: 'a4',
  letter: 'letter',
  poster: 'poster-a3',
  'poster-a3': 'poster-a3',
  a3: 'poster-a3',
  'poster-tabloid': 'poster-tabloid',
  tabloid: 'poster-tabloid',
};

/** True for an argument that names a journey-map file. */
export function isJourneyMapPath(arg: string): boolean {
  return !arg.startsWith('-') && arg.toLowerCase().endsWith('.journeymap');
}

/** The journey-map files named in `args`, as absolute paths resolved against `cwd`. */
export function filesFromArgs(args: readonly string[], cwd: string): string[] {
  return args.filter(isJourneyMapPath).map((arg) => path.resolve(cwd, arg));
}

/** Reads `--name value` or `--name=value`; returns undefined when absent and null when the value is missing. */
function optionValue(args: readonly string[], names: readonly string[]): string | null | undefined {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    for (const name of names) {
      if (arg === name) {
        const value = args[index + 1];
        return value === undefined || value.startsWith('--') ? null : value;
      }
      if (arg.startsWith(`${name}=`)) {
        const value = arg.slice(name.length + 1);
        return value.length > 0 ? value : null;
      }
    }
  }
  return undefined;
}

/** Decides what this launch is for. `args` are the arguments after the executable (Chromium switches may be mixed in). */
export function parseCommandLine(args: readonly string[], cwd: string): LaunchRequest {
  const input = optionValue(args, ['--export-pdf']);
  if (input === undefined) return { kind: 'app', files: filesFromArgs(args, cwd) };
  if (input === null) return { kind: 'invalid', message: `Missing the map to export.\n${EXPORT_USAGE}` };
  const output = optionValue(args, ['--out', '-o']);
  if (output === null) return { kind: 'invalid', message: `Missing the PDF file name after --out.\n${EXPORT_USAGE}` };
  const formatName = optionValue(args, ['--format']);
  if (formatName === null) return { kind: 'invalid', message: `Missing the page format after --format.\n${EXPORT_USAGE}` };
  const format = formatName === undefined ? 'slide' : FORMAT_ALIASES[formatName.toLowerCase()];
  if (!format) return { kind: 'invalid', message: `Unknown page format "${formatName}".\n${EXPORT_USAGE}` };
  const inputPath = path.resolve(cwd, input);
  const outputPath = output === undefined ? inputPath.replace(/\.journeymap$/i, '') + '.pdf' : path.resolve(cwd, output);
  if (outputPath === inputPath) return { kind: 'invalid', message: 'The PDF would replace the map itself; choose another --out file.' };
  return { kind: 'export-pdf', input: inputPath, output: outputPath, format };
}
