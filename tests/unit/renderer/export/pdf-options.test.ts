import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../../../../shared/analysis';
import type { PdfOptions } from '../../../../shared/ipc/contract';
import { createNewMap } from '../../../../renderer/api/new-map';
import {
  canExport,
  estimatePageCount,
  formatLabel,
  hasAnySection,
  pagePreviewText,
  PDF_FORMAT_CHOICES,
  PDF_SECTION_CHOICES,
} from '../../../../renderer/export/pdf-options';
import { planPrintDocument } from '../../../../renderer/print/print-plan';

const NONE = { cover: false, map: false, questions: false, stages: false, scorecard: false };

describe('PDF options', () => {
  it('lists the five formats with 16:9 slides first, and the five sections in page order', () => {
    expect(PDF_FORMAT_CHOICES.map((choice) => choice.format)).toEqual(['slide', 'a4', 'letter', 'poster-a3', 'poster-tabloid']);
    expect(PDF_SECTION_CHOICES.map((choice) => choice.key)).toEqual(['cover', 'map', 'questions', 'stages', 'scorecard']);
    expect(PDF_FORMAT_CHOICES[1]?.detail).toContain('297 × 210 mm');
  });

  it('needs at least one section for a deck, none for a poster', () => {
    expect(hasAnySection(NONE)).toBe(false);
    expect(hasAnySection({ ...NONE, scorecard: true })).toBe(true);
    expect(canExport({ format: 'a4', sections: NONE })).toBe(false);
    expect(canExport({ format: 'poster-a3', sections: NONE })).toBe(true);
    expect(canExport({ format: 'poster-tabloid', sections: NONE })).toBe(true);
  });

  it('plans a poster as exactly one page', () => {
    const map = createNewMap('auto-insurance', new Date('2026-11-05T08:00:00Z'));
    const all: PdfOptions = { format: 'poster-tabloid', sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } };
    expect(estimatePageCount(map, analyzeJourney(map), all)).toBe(1);
  });

  it('words the preview line with the page count and the format', () => {
    expect(pagePreviewText(11, 'slide')).toBe('About 11 pages, 16:9 slides');
    expect(pagePreviewText(1, 'a4')).toBe('About 1 page, A4 landscape');
    expect(pagePreviewText(1, 'poster-a3')).toBe('One page, Poster, A3');
    expect(formatLabel('poster-tabloid')).toBe('Poster, Tabloid');
  });

  it('counts the pages with the print planner, so the preview matches the PDF', () => {
    const map = createNewMap('auto-insurance', new Date('2026-11-05T08:00:00Z'));
    const findings = analyzeJourney(map);
    const all: PdfOptions = { format: 'slide', sections: { cover: true, map: true, questions: true, stages: true, scorecard: true } };
    const coverOnly: PdfOptions = { format: 'slide', sections: { ...NONE, cover: true } };

    expect(estimatePageCount(map, findings, all)).toBe(planPrintDocument(map, findings, all).pages.length);
    expect(estimatePageCount(map, findings, all)).toBeGreaterThan(map.stages.length);
    expect(estimatePageCount(map, findings, coverOnly)).toBe(1);
  });
});
