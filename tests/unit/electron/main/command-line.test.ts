import { describe, expect, it } from 'vitest';
import { filesFromArgs, isJourneyMapPath, parseCommandLine } from '../../../../electron/main/command-line';

const cwd = '/home/dana';

describe('parseCommandLine', () => {
  it('opens the .journeymap files given, resolved against the working folder', () => {
    expect(parseCommandLine(['--no-sandbox', 'maps/a.journeymap', '/tmp/B.JOURNEYMAP', 'notes.txt'], cwd)).toEqual({
      kind: 'app',
      files: ['/home/dana/maps/a.journeymap', '/tmp/B.JOURNEYMAP'],
    });
  });

  it('starts the app with no files when there are none (the dev "." argument is ignored)', () => {
    expect(parseCommandLine(['.'], cwd)).toEqual({ kind: 'app', files: [] });
  });

  it('reads a PDF export with input, output and format', () => {
    expect(parseCommandLine(['--export-pdf', 'map.journeymap', '--out', 'deck.pdf', '--format', 'a4'], cwd)).toEqual({
      kind: 'export-pdf',
      input: '/home/dana/map.journeymap',
      output: '/home/dana/deck.pdf',
      format: 'a4',
    });
  });

  it('accepts --name=value and defaults to 16:9 slides', () => {
    expect(parseCommandLine(['--export-pdf=map.journeymap', '--out=/tmp/deck.pdf'], cwd)).toMatchObject({ output: '/tmp/deck.pdf', format: 'slide' });
  });

  it('maps "poster" to A3 and knows Tabloid and Letter', () => {
    const formatOf = (name: string) => {
      const request = parseCommandLine(['--export-pdf', 'm.journeymap', '--out', 'x.pdf', '--format', name], cwd);
      return request.kind === 'export-pdf' ? request.format : request.kind;
    };
    expect(formatOf('poster')).toBe('poster-a3');
    expect(formatOf('tabloid')).toBe('poster-tabloid');
    expect(formatOf('Letter')).toBe('letter');
    expect(formatOf('slide')).toBe('slide');
  });

  it('writes next to the map when --out is left out', () => {
    expect(parseCommandLine(['--export-pdf', 'maps/claims.journeymap'], cwd)).toMatchObject({ output: '/home/dana/maps/claims.pdf' });
  });

  it('explains what is missing or wrong, with the usage', () => {
    for (const args of [['--export-pdf'], ['--export-pdf', 'm.journeymap', '--out'], ['--export-pdf', 'm.journeymap', '--format', 'huge'], ['--export-pdf', 'm.journeymap', '--format']]) {
      const request = parseCommandLine(args, cwd);
      expect(request.kind, args.join(' ')).toBe('invalid');
      expect(request.kind === 'invalid' && request.message).toMatch(/Usage: journeymap --export-pdf/);
    }
  });

  it('refuses to write the PDF over the map itself', () => {
    expect(parseCommandLine(['--export-pdf', 'm.journeymap', '--out', 'm.journeymap'], cwd)).toMatchObject({ kind: 'invalid' });
  });
});

describe('filesFromArgs', () => {
  it('ignores switches that happen to end in .journeymap', () => {
    expect(isJourneyMapPath('--x=a.journeymap')).toBe(false);
    expect(filesFromArgs(['--x=a.journeymap', 'b.journeymap'], '/w')).toEqual(['/w/b.journeymap']);
  });
});
