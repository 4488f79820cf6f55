import { describe, expect, it } from 'vitest';
import { touchpointsToCsv } from '../../../../shared/csv/export-touchpoints';
import { mapWith } from './csv-test-map';

const HEADER = 'stage,silo,title,channel,initiator,intent,emotion,day,description';

describe('touchpointsToCsv', () => {
  it('writes a header row and one CRLF-terminated row per touchpoint, stage and silo by name', () => {
    const map = mapWith(['Buy', 'Claim'], ['Sales', 'Claims'], [
      { stage: 'Buy', silo: 'Sales', title: 'Quote', channel: 'web', initiator: 'customer', intent: 'sell', emotion: 1, day: 0, description: 'Online quote' },
      { stage: 'Claim', silo: null, title: 'Call', channel: 'phone', intent: 'support', emotion: -2, day: 30 },
    ]);
    expect(touchpointsToCsv(map, { bom: false })).toBe(
      `${HEADER}\r\nBuy,Sales,Quote,web,customer,sell,1,0,Online quote\r\nClaim,,Call,phone,company,support,-2,30,\r\n`,
    );
  });

  it('starts with a byte-order mark by default so Excel reads UTF-8', () => {
    const csv = touchpointsToCsv(mapWith([], [], []));
    expect(csv).toBe(`\ufeff${HEADER}\r\n`);
  });

  it('quotes cells with commas, quotes, line breaks or edge whitespace (RFC 4180)', () => {
    const map = mapWith(['Buy'], [], [
      { stage: 'Buy', title: 'Quote, then buy', description: 'She said "no"' },
      { stage: 'Buy', title: 'Two\nlines', description: '  padded  ' },
    ]);
    const lines = touchpointsToCsv(map, { bom: false }).split('\r\n');
    expect(lines[1]).toBe('Buy,,"Quote, then buy",other,company,other,,,"She said ""no"""');
    expect(lines[2]).toBe('Buy,,"Two\nlines",other,company,other,,,"  padded  "');
  });

  it('makes text that a spreadsheet would run as a formula inert, but not negative numbers', () => {
    const map = mapWith(['=HYPERLINK("x")'], ['@team'], [
      { stage: '=HYPERLINK("x")', silo: '@team', title: '-1 star review', emotion: -1, day: -3, description: '+add' },
    ]);
    const row = touchpointsToCsv(map, { bom: false }).split('\r\n')[1];
    expect(row).toBe(`"'=HYPERLINK(""x"")",'@team,'-1 star review,other,company,other,-1,-3,'+add`);
  });

  it('trims stage names, silo names and titles', () => {
    const map = mapWith([' Buy '], [' Sales '], [{ stage: ' Buy ', silo: ' Sales ', title: '  Quote ' }]);
    expect(touchpointsToCsv(map, { bom: false }).split('\r\n')[1]).toBe('Buy,Sales,Quote,other,company,other,,,');
  });
});
