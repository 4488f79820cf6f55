import { describe, expect, it } from 'vitest';
import { parseTouchpointsCsv } from '../../../../shared/csv/parse-touchpoints';

const HEADER = 'stage,silo,title,channel,initiator,intent,emotion,day,description';

function csv(...lines: string[]): string {
  return lines.join('\r\n');
}

describe('parseTouchpointsCsv', () => {
  it('reads every column of a well-formed file', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,Sales,Quote,web,customer,sell,1,0,Online quote', ''));
    expect(result).toEqual({
      rows: [
        {
          row: 2,
          stage: 'Buy',
          silo: 'Sales',
          title: 'Quote',
          channel: 'web',
          initiator: 'customer',
          intent: 'sell',
          emotion: 1,
          day: 0,
          description: 'Online quote',
        },
      ],
      errors: [],
      warnings: [],
    });
  });

  it('fills empty cells and missing optional columns with defaults: no silo, no emotion, no day', () => {
    const result = parseTouchpointsCsv(csv('title,stage', 'Quote,Buy'));
    expect(result.rows).toEqual([
      { row: 2, stage: 'Buy', silo: null, title: 'Quote', channel: 'other', initiator: 'company', intent: 'other', emotion: null, day: null, description: '' },
    ]);
    expect(result.errors).toEqual([]);
  });

  it('tolerates a byte-order mark, semicolons, LF endings, extra whitespace and any case', () => {
    const text = '\ufeff Stage ; SILO;Title;Channel;Initiator;Intent;Emotion;Day;Description\n  Buy ; Sales ;  Quote ; WEB ; Customer ;SELL; -1 ; 3 ;desc\n';
    const result = parseTouchpointsCsv(text);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ stage: 'Buy', silo: 'Sales', title: 'Quote', channel: 'web', initiator: 'customer', intent: 'sell', emotion: -1, day: 3 });
  });

  it('reads tab-separated files and "In person" as in-person', () => {
    const result = parseTouchpointsCsv('stage\ttitle\tchannel\nBuy\tVisit\tIn person\n');
    expect(result.rows[0]).toMatchObject({ stage: 'Buy', title: 'Visit', channel: 'in-person' });
  });

  it('reads quoted cells with commas, quotes and line breaks', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,,"Quote, ""fast""",web,,,,,"line 1\r\nline 2"', 'Use,,Next,,,,,,'));
    expect(result.rows.map((row) => [row.row, row.title, row.description])).toEqual([
      [2, 'Quote, "fast"', 'line 1\r\nline 2'],
      [3, 'Next', ''],
    ]);
  });

  it('removes the formula guard apostrophe from text, so "\'=x" reads as "=x"', () => {
    const result = parseTouchpointsCsv(csv(HEADER, `'=Stage,'@silo,'-1 star,,,,'-1,'-2,'+desc`));
    expect(result.rows[0]).toMatchObject({ stage: '=Stage', silo: '@silo', title: '-1 star', emotion: -1, day: -2, description: '+desc' });
  });

  it('explains a value that is not allowed, naming the row as a spreadsheet numbers it', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,,Quote,web,,,,,', 'Buy,,Quote,web,,,,,', 'Buy,,Fax us,fax,,,,,'));
    expect(result.rows).toHaveLength(2);
    expect(result.errors).toEqual([
      { row: 4, column: 'channel', message: 'Row 4: channel "fax" is not one of web, app, email, sms, phone, chat, mail, in-person, social, other.' },
    ]);
  });

  it('reports a missing title or stage', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,,  ,,,,,,', ',,Quote,,,,,,'));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 2, column: 'title', message: 'Row 2: the title is missing.' },
      { row: 3, column: 'stage', message: 'Row 3: the stage is missing.' },
    ]);
  });

  it('reports an emotion that is not a whole number from -2 to 2, and a day that is not a whole number', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,,A,,,,3,,', 'Buy,,B,,,,1.5,,', 'Buy,,C,,,,,soon,', 'Buy,,D,,,,2,-7,'));
    expect(result.errors.map((error) => error.message)).toEqual([
      'Row 2: emotion "3" is not a whole number from -2 to 2.',
      'Row 3: emotion "1.5" is not a whole number from -2 to 2.',
      'Row 4: day "soon" is not a whole number.',
    ]);
    expect(result.rows.map((row) => [row.title, row.emotion, row.day])).toEqual([['D', 2, -7]]);
  });

  it('lists every problem of a row, and leaves the row out', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,,,pigeon,robot,,9,,'));
    expect(result.rows).toEqual([]);
    expect(result.errors.map((error) => error.column)).toEqual(['title', 'channel', 'initiator', 'emotion']);
  });

  it('reports names and text longer than the format allows', () => {
    const result = parseTouchpointsCsv(csv(HEADER, `Buy,,${'x'.repeat(201)},,,,,,`, `${'s'.repeat(101)},,Ok,,,,,,`));
    expect(result.errors.map((error) => error.message)).toEqual([
      'Row 2: the title is longer than 200 characters.',
      'Row 3: the stage name is longer than 100 characters.',
    ]);
  });

  it('warns about unknown and repeated columns, and reads the rest', () => {
    const result = parseTouchpointsCsv(csv('stage,title,Notes,title', 'Buy,Quote,ignored,other'));
    expect(result.warnings).toEqual([
      { row: 1, column: 'Notes', message: 'Column "Notes" is not one of stage, silo, title, channel, initiator, intent, emotion, day, description; it was ignored.' },
      { row: 1, column: 'title', message: 'Column "title" appears twice; only the first one was read.' },
    ]);
    expect(result.rows[0]).toMatchObject({ stage: 'Buy', title: 'Quote' });
  });

  it('gives one error when a required column is missing', () => {
    const result = parseTouchpointsCsv(csv('name,silo', 'Quote,Sales'));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      {
        row: 1,
        message:
          'The first row must name the columns, and "stage" and "title" are missing. Expected columns: stage, silo, title, channel, initiator, intent, emotion, day, description.',
      },
    ]);
  });

  it('explains an empty file', () => {
    expect(parseTouchpointsCsv('').errors).toHaveLength(1);
    expect(parseTouchpointsCsv('\ufeff\r\n  \r\n').errors[0]?.message).toMatch(/empty/);
  });

  it('skips blank lines but keeps counting them, as a spreadsheet does', () => {
    const result = parseTouchpointsCsv(csv(HEADER, '', 'Buy,,Quote,,,,,,', ',,,,,,,,', 'Buy,,Bad,,,,x,,'));
    expect(result.rows.map((row) => row.row)).toEqual([3]);
    expect(result.errors.map((error) => error.row)).toEqual([5]);
  });

  it('reports a quotation mark that is never closed instead of reading the rest as one cell', () => {
    const result = parseTouchpointsCsv(csv(HEADER, 'Buy,,Fine,,,,,,', 'Buy,,"Broken,,,,,,', 'Buy,,Lost,,,,,,'));
    expect(result.rows.map((row) => row.title)).toEqual(['Fine']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 3 });
    expect(result.errors[0]?.message).toMatch(/quotation mark/);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['"', '""\r"', '\u0000,\u0000', ';;;\n;;', 'stage,title\n"a"b",c', 'stage,title\r\r\r']) {
      expect(() => parseTouchpointsCsv(text)).not.toThrow();
    }
  });
});
