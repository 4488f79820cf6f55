import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import type { PdfPageFormat } from '../../../../shared/ipc/contract';
import { findingsOf, listNoticeOf } from '../../../../renderer/analysis/use-findings';
import { estimatePageCount } from '../../../../renderer/export/pdf-options';
import { blockHeight } from '../../../../renderer/print/print-blocks';
import { topProblems } from '../../../../renderer/print/cover-summary';
import { planMapDrawing } from '../../../../renderer/print/plan-map';
import { POSTER, severityCountsText } from '../../../../renderer/print/plan-poster';
import { planPrintDocument, SECTION_TITLES } from '../../../../renderer/print/print-plan';
import { generateJourneyMap } from '../../../support/map-generator';
import { conflictFloodMap } from '../../shared/analysis/map-builder';
import { ALL_SECTIONS, loadFixtureMap, printOptions } from './print-fixture';

const FORMATS: PdfPageFormat[] = ['slide', 'a4', 'letter', 'poster-a3', 'poster-tabloid'];
const DECK_FORMATS: PdfPageFormat[] = ['slide', 'a4', 'letter'];
const POSTER_FORMATS: PdfPageFormat[] = ['poster-a3', 'poster-tabloid'];
const map = loadFixtureMap();
const findings = analyzeJourney(map);

describe('planPrintDocument', () => {
  it('prints the cover, the map, the questions, every stage in column order and the scorecard, in that order', () => {
    const { pages } = planPrintDocument(map, findings, printOptions());
    const kinds = pages.map((page) => page.kind);
    expect(kinds[0]).toBe('cover');
    expect(kinds[1]).toBe('map');
    expect(kinds.at(-1)).toBe('scorecard');
    const firstStage = kinds.indexOf('stage');
    expect(kinds.slice(2, firstStage).every((kind) => kind === 'questions')).toBe(true);
    const stageOrder = [...new Set(pages.flatMap((page) => (page.kind === 'stage' ? [page.stageId] : [])))];
    expect(stageOrder).toEqual(map.stages.map((stage) => stage.id));
  });

  it('prints only the sections that are switched on', () => {
    const onlyStages = planPrintDocument(
      map,
      findings,
      printOptions({ sections: { ...ALL_SECTIONS, cover: false, map: false, questions: false, scorecard: false } }),
    );
    expect(new Set(onlyStages.pages.map((page) => page.kind))).toEqual(new Set(['stage']));
    const nothing = planPrintDocument(
      map,
      findings,
      printOptions({ sections: { cover: false, map: false, questions: false, stages: false, scorecard: false } }),
    );
    expect(nothing.pages).toEqual([]);
  });

  for (const format of DECK_FORMATS) {
    it(`${format}: lists every finding once on the questions pages and no column is taller than its page`, () => {
      const plan = planPrintDocument(map, findings, printOptions({ format }));
      const questionPages = plan.pages.filter((page) => page.kind === 'questions');
      const printed = questionPages
        .flatMap((page) => page.columns.flat())
        .flatMap((block) => (block.kind === 'finding' ? [block.message] : []));
      expect(printed).toEqual(findings.map((finding) => finding.message));
      for (const page of plan.pages) {
        if (page.kind !== 'questions' && page.kind !== 'stage') continue;
        expect(page.columns.length).toBeLessThanOrEqual(plan.geometry.columns);
        for (const column of page.columns) {
          const height = column.reduce((total, block) => total + blockHeight(block, plan.geometry.columnWidthPx), 0);
          expect(height).toBeLessThanOrEqual(page.bodyHeightPx);
        }
      }
    });
  }

  it('continues a long stage over several pages, marking the later ones as continued, and loses no touchpoint', () => {
    const big = generateJourneyMap({ touchpoints: 240, seed: 5, stages: 3, silos: 8 });
    const plan = planPrintDocument(
      big,
      analyzeJourney(big),
      printOptions({ sections: { ...ALL_SECTIONS, cover: false, map: false, questions: false, scorecard: false } }),
    );
    const first = big.stages[0];
    if (first === undefined) throw new Error('no stage');
    const pages = plan.pages.filter((page) => page.kind === 'stage' && page.stageId === first.id);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]?.subtitle).toBe('Stage 1 of 3');
    expect(pages.slice(1).every((page) => page.subtitle === 'Stage 1 of 3 · continued')).toBe(true);
    const titles = pages
      .flatMap((page) => (page.kind === 'stage' ? page.columns.flat() : []))
      .flatMap((block) => (block.kind === 'touchpoint' ? [block.title] : []));
    const expected = big.touchpoints.filter((touchpoint) => touchpoint.stageId === first.id).map((touchpoint) => touchpoint.title);
    expect([...titles].sort()).toEqual([...expected].sort());
  });

  it('never plans an empty page', () => {
    for (const format of FORMATS) {
      const { pages } = planPrintDocument(map, findings, printOptions({ format }));
      for (const page of pages) {
        if (page.kind === 'questions' || page.kind === 'stage') expect(page.columns.flat().length).toBeGreaterThan(0);
      }
    }
  });

  it('gives slides a map page under its section title', () => {
    const slide = planPrintDocument(map, findings, printOptions({ format: 'slide' }));
    expect(slide.pages.find((page) => page.kind === 'map')?.title).toBe(SECTION_TITLES.map);
  });
});

describe('planPrintDocument for a poster', () => {
  const NO_SECTIONS = { cover: false, map: false, questions: false, stages: false, scorecard: false };

  for (const format of POSTER_FORMATS) {
    it(`${format}: is one page, whatever the sections, headed by the map's title`, () => {
      for (const sections of [ALL_SECTIONS, NO_SECTIONS, { ...NO_SECTIONS, scorecard: true }]) {
        const plan = planPrintDocument(map, findings, printOptions({ format, sections }));
        expect(plan.pages).toHaveLength(1);
        const counts = `${map.stages.length} stages · ${map.silos.length} silos · ${map.touchpoints.length} touchpoints · ${map.handoffs.length} hand-offs`;
        expect(plan.pages[0]).toMatchObject({ kind: 'poster', title: map.title, subtitle: `The whole map · ${counts}` });
        expect(estimatePageCount(map, findings, printOptions({ format, sections }))).toBe(1);
      }
    });

    it(`${format}: draws the whole map with a summary strip below that holds the most serious problems and keeps to its height`, () => {
      const plan = planPrintDocument(map, findings, printOptions({ format }));
      const [page] = plan.pages;
      if (page?.kind !== 'poster') throw new Error('no poster page');
      const { poster } = page;
      expect(poster.drawing.layout.cards.size).toBe(map.touchpoints.length);
      const summary = poster.summary;
      if (summary === null) throw new Error('the fixture’s summary should fit on a poster');
      expect(poster.mapHeightPx + POSTER.summaryGap + summary.heightPx).toBe(page.bodyHeightPx);
      expect(summary.columns.length).toBeLessThanOrEqual(plan.geometry.columns);
      for (const column of summary.columns) {
        const height = column.reduce((total, block) => total + blockHeight(block, plan.geometry.columnWidthPx), 0);
        expect(height).toBeLessThanOrEqual(summary.heightPx);
      }
      const blocks = summary.columns.flat();
      expect(blocks).toContainEqual({ kind: 'section-heading', text: 'What the diagnosis found' });
      const named = blocks.flatMap((block) => (block.kind === 'finding' ? [block.message] : []));
      expect(named).toEqual(topProblems(findings, named.length).map((finding) => finding.message));
      expect(named.length).toBeGreaterThan(0);
      // The summary costs the map at most a fifth of its size.
      const alone = planMapDrawing(map, findings, plan.geometry.contentWidthPx, page.bodyHeightPx);
      expect(poster.drawing.scale).toBeGreaterThanOrEqual(alone.scale * POSTER.minMapScaleKept);
    });
  }

  it('leaves the summary out rather than shrink a tall map much', () => {
    // Many silos and few stages: the map is as tall as the page allows, so every pixel of height counts;
    // and a customer described at length makes even the shortest summary tall.
    const tall = generateJourneyMap({ touchpoints: 120, seed: 3, stages: 3, silos: 40 });
    tall.customer.description = 'Drivers who renew every year, compare prices online, call when a claim goes wrong and expect one answer. '.repeat(25);
    const plan = planPrintDocument(tall, analyzeJourney(tall), printOptions({ format: 'poster-tabloid' }));
    const [page] = plan.pages;
    if (page?.kind !== 'poster') throw new Error('no poster page');
    expect(page.poster.summary).toBeNull();
    expect(page.poster.mapHeightPx).toBe(page.bodyHeightPx);
  });

  it('says in words how many findings there are of each severity', () => {
    expect(severityCountsText(findings)).toMatch(/^\d+ high, \d+ medium and \d+ low: \d+ findings\.$/);
    expect(severityCountsText([])).toMatch(/^No problems found/);
  });
});

describe('planPrintDocument for a map with more conflicting messages than the app lists', () => {
  it('opens the "Questions to resolve" pages with the notice and counts the pages with it', () => {
    const flood = conflictFloodMap(1_000);
    const listNotice = listNoticeOf(flood);
    expect(listNotice).toBe('This map has 250,000 pairs of conflicting messages; 2,000 of them are listed.');
    const options = printOptions({ sections: { ...ALL_SECTIONS, cover: false, map: false, stages: false, scorecard: false } });
    const plan = planPrintDocument(flood, findingsOf(flood), options, listNotice);
    const [first] = plan.pages;
    expect(first?.kind === 'questions' ? first.columns[0]?.[0] : undefined).toMatchObject({ kind: 'note', text: listNotice });
    const listed = plan.pages.flatMap((page) => (page.kind === 'questions' ? page.columns.flat() : [])).filter((block) => block.kind === 'finding');
    expect(listed).toHaveLength(findingsOf(flood).length);
    expect(estimatePageCount(flood, findingsOf(flood), options, listNotice)).toBe(plan.pages.length);
  });
});
