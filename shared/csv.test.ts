import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './csv.ts';

describe('parseCsvRecords', () => {
  it('parses RFC 4180 quoting', () => {
    expect(parseCsvRecords('a,"b ""c"", d"\n"x\ny",z')).toEqual({
      records: [
        ['a', 'b "c", d'],
        ['x\ny', 'z'],
      ],
    });
  });

  it('reports unterminated quotes at the line they open, and stray quotes', () => {
    expect(parseCsvRecords('a,b\n"x,\ny\n')).toEqual({ error: 'unterminated quoted field', line: 2 });
    expect(parseCsvRecords('a\nb"c\n')).toEqual({ error: 'quote inside an unquoted field', line: 2 });
  });

  it('skips blank lines and keeps empty fields', () => {
    expect(parseCsvRecords('a,,c\r\n\r\n,b,\n')).toEqual({
      records: [
        ['a', '', 'c'],
        ['', 'b', ''],
      ],
    });
  });
});
