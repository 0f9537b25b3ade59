import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CsvRecord, streamCsv } from '../../scripts/lib/csv-stream.ts';

const folder = mkdtempSync(join(tmpdir(), 'csv-stream-test-'));
let count = 0;
function write(content: string | Buffer): string {
  const path = join(folder, `case-${++count}.csv`);
  writeFileSync(path, content);
  return path;
}

async function read(content: string | Buffer, delimiter: ',' | ';' = ','): Promise<[number, string[]][]> {
  const records: CsvRecord[] = [];
  const total = await streamCsv(write(content), { delimiter, onRecord: (r) => records.push(r) });
  expect(total).toBe(records.length);
  return records.map((r) => [r.line, r.fields]);
}

const latin1 = (...parts: (string | number)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from([p]))));

describe('streamCsv line numbers', () => {
  it.each<[string, string, [number, string[]][]]>([
    [
      'plain LF',
      'a,b\n1,2\n3,4\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
        [3, ['3', '4']],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'single blank lines skipped but counted',
      'a,b\n\n1,2\n\n3,4\n',
      [
        [1, ['a', 'b']],
        [3, ['1', '2']],
        [5, ['3', '4']],
      ],
    ],
    [
      'a quoted newline',
      'a,b\n1,"x\ny"\n2,z\n',
      [
        [1, ['a', 'b']],
        [2, ['1', 'x\ny']],
        [4, ['2', 'z']],
      ],
    ],
    [
      'a quoted blank line',
      'a,b\n3,"p\n\nq"\n4,w\n',
      [
        [1, ['a', 'b']],
        [2, ['3', 'p\n\nq']],
        [5, ['4', 'w']],
      ],
    ],
    [
      'quoted newlines and blank lines together',
      'a,b\n1,"x\ny"\n\n2,z\n3,"p\n\nq"\n4,w',
      [
        [1, ['a', 'b']],
        [2, ['1', 'x\ny']],
        [5, ['2', 'z']],
        [6, ['3', 'p\n\nq']],
        [9, ['4', 'w']],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n\r\n3,4\r\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
        [4, ['3', '4']],
      ],
    ],
    [
      'CRLF with a quoted CRLF',
      'a,b\r\n1,"x\r\ny"\r\n2,z\r\n',
      [
        [1, ['a', 'b']],
        [2, ['1', 'x\r\ny']],
        [4, ['2', 'z']],
      ],
    ],
    [
      'a BOM',
      '\uFEFFa,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'a BOM and quoted header',
      '\uFEFF"Instrument","waarde"\n"x ",1\n',
      [
        [1, ['Instrument', 'waarde']],
        [2, ['x ', '1']],
      ],
    ],
    [
      'escaped quotes',
      'a\n"say ""hi"""\n',
      [
        [1, ['a']],
        [2, ['say "hi"']],
      ],
    ],
  ])('%s', async (_name, content, expected) => {
    expect(await read(content)).toEqual(expected);
  });

  // Regression: an earlier line counter counted a run of two or more blank lines twice.
  it('counts a run of blank lines once', async () => {
    expect(await read('a,b\n1,2\n\n\n3,4\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('reads semicolon files and keeps padding', async () => {
    expect(await read('"ID";"Waarde"\n"1";"    89.8"\n', ';')).toEqual([
      [1, ['ID', 'Waarde']],
      [2, ['1', '    89.8']],
    ]);
  });

  it('counts lines across chunks', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => `${i},"multi\nline ${i}"`);
    const records = await read(`${['a,b', ...rows].join('\n')}\n`);
    expect(records).toHaveLength(30_001);
    expect(records.at(-1)).toEqual([60_000, ['29999', 'multi\nline 29999']]);
  });

  it('stops at the first error thrown by onRecord', async () => {
    const seen: number[] = [];
    const path = write('a\n1\n2\n3\n');
    await expect(
      streamCsv(path, {
        delimiter: ',',
        onRecord: (r) => {
          seen.push(r.line);
          if (r.line === 2) throw new Error('stop here');
        },
      }),
    ).rejects.toThrow('stop here');
    expect(seen).toEqual([1, 2]);
  });
});

describe('streamCsv refuses', () => {
  it.each<[string, string | Buffer, RegExp]>([
    ['an empty file', '', /case-\d+\.csv, line 1: the file is empty \(no header, no rows\); expected a comma-separated header line/],
    ['a BOM-only file', '\uFEFF', /line 1: the file is empty/],
    ['a file of blank lines', '\n\r\n\n', /line 1: the file is empty/],
    [
      'a Latin-1 byte mid-line, naming line and byte',
      latin1('a,b\n1,2\n3,caf', 0xe9, ',x\n4,5\n'),
      /case-\d+\.csv, line 3: the file is not valid UTF-8 .*found "byte 0xE9"; expected UTF-8 text/,
    ],
    [
      'a Windows-1252 byte on the first line',
      latin1('Gemeente,Bedrag ', 0x80, '\n'),
      /line 1: the file is not valid UTF-8 .*found "byte 0x80"/,
    ],
    [
      'a Latin-1 byte after many chunks',
      latin1(`a,b\n${'1,2\n'.repeat(40_000)}x,M`, 0xfc, 'ller\n'),
      /line 40002: the file is not valid UTF-8 .*found "byte 0xFC"/,
    ],
  ])('%s', async (_name, content, message) => {
    await expect(streamCsv(write(content), { delimiter: ',', onRecord: () => {} })).rejects.toThrow(message);
  });

  it('a missing file', async () => {
    await expect(streamCsv(join(folder, 'nope.csv'), { delimiter: ',', onRecord: () => {} })).rejects.toThrow(
      /nope\.csv: cannot read the file \(ENOENT\)/,
    );
  });

  // Regression: a bad byte among the last three of a chunk, followed by a newline, was once taken for a
  // sequence continuing in the next chunk, and the message named line 1 and no byte.
  it('a Latin-1 byte at the end of a line near the end of the file names its line and byte', async () => {
    await expect(streamCsv(write(latin1('a,b\n1,2\n3,caf', 0xe9, '\n')), { delimiter: ',', onRecord: () => {} })).rejects.toThrow(
      /line 3: .*found "byte 0xE9"/,
    );
  });
});
