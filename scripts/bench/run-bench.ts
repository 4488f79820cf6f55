/**
 * `npm run bench`: the performance figures of docs/performance.md in one table (medians over ≥ 5 runs,
 * with targets and PASS/MISS). Node figures first, then the builds, then the Chromium figures.
 * Options: --no-build (measure the existing .vite/renderer/main_window), --only=node,bundle,open,drag,edit,pdf,memory,
 * --runs=N (Chromium runs per figure, at least 5), --cycles=N (memory cycles, default 50).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { benchResultsDir, buildBarePage, buildRenderer } from './build-pages';
import { measureInitialJavaScript } from './bundle-size';
import { chromiumPath, launchChromium } from './chromium';
import { measureDragFrames } from './drag-frames';
import { WARM_UP_EDITS, measureEditToHighlights } from './edit-highlights';
import { currentLoad, describeMachine, machineInfo } from './machine';
import { BENCH_SEED, benchMap } from './maps';
import { measureMemory } from './memory';
import { editLowerBoundRow, formatFigures } from './node-figures';
import { measureOpenToPaint } from './open-to-paint';
import { measurePdf } from './pdf-export';
import { formatKilobytes, formatTable, summaryLine, unavailableRow, verdictAtMost, type Row } from './report';
import { serveDirectory, type StaticServer } from './static-server';

const SECTIONS = ['node', 'bundle', 'open', 'drag', 'edit', 'pdf', 'memory'] as const;
type Section = (typeof SECTIONS)[number];
const BUNDLE_TARGET_BYTES = 350_000;
const CHROMIUM_FIGURES: Record<Exclude<Section, 'node' | 'bundle'>, { figure: string; size: string; target: string }[]> = {
  open: [{ figure: 'renderer: file opened → map painted', size: '1,000 tp', target: '≤ 1.5 × bare' }],
  drag: [{ figure: 'frame time while dragging a card (2 s)', size: '1,000 tp', target: 'p95 ≤ 16.7 ms' }],
  edit: [
    { figure: 'edit → highlights in the page', size: '1,000 tp', target: '≤ 16 ms' },
    { figure: 'edit → moved card in its new place (reference)', size: '1,000 tp', target: '—' },
  ],
  pdf: [{ figure: 'PDF printed in Chromium', size: '12 stages, 300 tp', target: '≤ 3 s' }],
  memory: [{ figure: 'JS heap, map open, and its growth over open/New cycles', size: '5,000 tp', target: 'no growth' }],
};

interface Options {
  reuseBuild: boolean;
  sections: Set<Section>;
  runs: number;
  cycles: number;
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only');
  const sections = new Set<Section>(
    only === undefined ? SECTIONS : only.split(',').filter((name): name is Section => (SECTIONS as readonly string[]).includes(name)),
  );
  return {
    reuseBuild: args.includes('--no-build'),
    sections,
    runs: Math.max(5, Number(value('runs') ?? 7) || 7),
    cycles: Math.max(1, Number(value('cycles') ?? 50) || 50),
  };
}

function log(line: string): void {
  console.log(line);
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
}

async function chromiumRows(browser: Browser, options: Options, urls: { app: string; bare: string | null }): Promise<Row[]> {
  const rows: Row[] = [];
  const thousand = benchMap(1_000);
  if (options.sections.has('open')) {
    log(`Open → painted, 1,000 touchpoints (renderer and bare React Flow alternately, ${options.runs} runs each)`);
    rows.push(...(await measureOpenToPaint(browser, urls, thousand, options.runs, log)));
  }
  if (options.sections.has('drag')) {
    log(`Dragging a card for 2 s, 1,000 touchpoints (${options.runs} drags)`);
    rows.push(await measureDragFrames(browser, urls.app, thousand, options.runs, log));
  }
  if (options.sections.has('edit')) {
    log(`Edit → highlights in the page, 1,000 touchpoints (${WARM_UP_EDITS} warm-up edits, then ${options.runs * 2} measured)`);
    rows.push(...(await measureEditToHighlights(browser, urls.app, thousand, options.runs * 2, log)));
  }
  if (options.sections.has('pdf')) {
    log(`PDF, 12 stages and 300 touchpoints (${options.runs} runs)`);
    rows.push(await measurePdf(browser, urls.app, benchMap(300, 12), options.runs, log));
  }
  if (options.sections.has('memory')) {
    log(`Memory, 5,000 touchpoints (${options.cycles} open/New cycles)`);
    rows.push(...(await measureMemory(browser, urls.app, benchMap(5_000), options.cycles, log)));
  }
  return rows;
}

async function main(): Promise<void> {
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const options = parseOptions(process.argv.slice(2));
  const rows: Row[] = [];
  const started = Date.now();
  const loadAtStart = currentLoad();
  log(`Journey Map benchmarks (maps generated with seed ${BENCH_SEED}; load average ${loadAtStart} on ${availableParallelism()} CPUs)`);
  if (Number(loadAtStart) > availableParallelism() / 2) {
    log('Warning: the machine is busy (load average above half the CPU count); timings will be inflated and noisy.');
  }

  if (options.sections.has('node')) {
    log('Node: the diagnosis and the file format');
    rows.push(...formatFigures(log));
    rows.push(await editLowerBoundRow(benchMap(1_000)));
  }

  const wantsBrowser = [...options.sections].some((section) => section !== 'node');
  let rendererDir: string | null = null;
  let bareDir: string | null = null;
  let buildProblem: string | null = null;
  if (wantsBrowser) {
    log(options.reuseBuild ? 'Using the existing renderer build (.vite/renderer/main_window)' : 'Building the renderer into bench-results/app');
    try {
      rendererDir = await buildRenderer(projectRoot, options.reuseBuild);
    } catch (error) {
      buildProblem = `the renderer did not build: ${errorText(error)}`;
    }
  }

  if (options.sections.has('bundle')) {
    const figure = "renderer's initial JavaScript, gzipped";
    if (rendererDir === null) rows.push(unavailableRow(figure, 'editor start-up scripts', '≤ 350 kB', buildProblem ?? 'no build'));
    else {
      const bundle = await measureInitialJavaScript(rendererDir);
      rows.push({
        figure,
        size: `${bundle.files.length} file${bundle.files.length === 1 ? '' : 's'}, ${formatKilobytes(bundle.bytes)} raw`,
        median: formatKilobytes(bundle.gzipBytes),
        p95: '',
        target: `≤ ${BUNDLE_TARGET_BYTES / 1000} kB`,
        verdict: verdictAtMost(bundle.gzipBytes, BUNDLE_TARGET_BYTES),
        note: `gzip (zlib default level) of ${bundle.counted}: ${bundle.files.map((file) => `${file.path} ${formatKilobytes(file.gzipBytes)}`).join(', ')}.`,
      });
    }
  }

  const browserSections = (Object.keys(CHROMIUM_FIGURES) as (keyof typeof CHROMIUM_FIGURES)[]).filter((section) => options.sections.has(section));
  let chromiumVersion: string | null = null;
  if (browserSections.length > 0) {
    const unavailable = (reason: string) =>
      browserSections.flatMap((section) => CHROMIUM_FIGURES[section].map((entry) => unavailableRow(entry.figure, entry.size, entry.target, reason)));
    let bareUrl: string | null = null;
    const servers: StaticServer[] = [];
    if (rendererDir === null) rows.push(...unavailable(buildProblem ?? 'no renderer build'));
    else {
      if (options.sections.has('open')) {
        try {
          bareDir = await buildBarePage(projectRoot);
        } catch (error) {
          log(`  the bare React Flow page did not build: ${errorText(error)}`);
        }
      }
      const launched = await launchChromium();
      if (!launched.ok) rows.push(...unavailable(launched.reason));
      else {
        const browser = launched.browser;
        chromiumVersion = browser.version();
        try {
          const app = await serveDirectory(rendererDir);
          servers.push(app);
          if (bareDir !== null) {
            const bare = await serveDirectory(bareDir);
            servers.push(bare);
            bareUrl = bare.url;
          }
          log(`Chromium ${chromiumVersion} (${chromiumPath()}), renderer served at ${app.url}`);
          rows.push(...(await chromiumRows(browser, options, { app: app.url, bare: bareUrl })));
        } finally {
          await browser.close();
          await Promise.all(servers.map((server) => server.close()));
        }
      }
    }
  }

  const machine = machineInfo(chromiumVersion, loadAtStart);
  const table = formatTable(rows);
  const summary = summaryLine(rows);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  log('');
  log(describeMachine(machine));
  log('');
  log(table);
  log('');
  log(`${summary} (${minutes} min)`);

  const resultsDir = benchResultsDir(projectRoot);
  await mkdir(resultsDir, { recursive: true });
  const date = new Date().toISOString();
  await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify({ date, machine, options: { ...options, sections: [...options.sections] }, rows }, null, 2)}\n`);
  await writeFile(join(resultsDir, 'latest.md'), `Run ${date}\n\n${describeMachine(machine)}\n\n${table}\n\n${summary}\n`);
  log(`Written to ${join('bench-results', 'latest.md')} and latest.json`);
}

main().catch((error: unknown) => {
  console.error('The benchmark itself failed:', error);
  process.exit(1);
});
