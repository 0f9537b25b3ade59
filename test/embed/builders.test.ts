// The small builders behind the downloads: CSV cells, wrapped SVG text, the citation, PNG without fonts.
import { describe, expect, test } from 'vitest';
import { csvComment, csvFile } from '../../src/lib/downloads/csv.ts';
import { svgToPng } from '../../src/lib/downloads/png.ts';
import { wrapText } from '../../src/lib/downloads/wrap-text.ts';
import { citationText } from '../../src/lib/pages/source-line.ts';
import type { Attribution } from '../../src/lib/provenance/attribution.ts';

describe('CSV cells of the downloads', () => {
  /** The one cell as the download writes it (without the BOM and the line end). */
  const cell = (value: string | number) => csvFile([[value]]).slice(1, -2);

  test.each([
    ['=1+1', `"'=1+1"`],
    ['+31 6 1234', `"'+31 6 1234"`],
    ['-x', `"'-x"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['=1+1\nx', `"'=1+1\nx"`], // papaparse's own pattern (/^[=+\-@\t\r].*$/) misses a formula with a line break
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['1e5', '1e5'],
    ['mei 2026', 'mei 2026'],
    ['−3', '−3'],
  ])('%j is written %j', (input, expected) => {
    expect(cell(input)).toBe(expected);
  });

  test('quoting after neutralising; numbers stay numbers', () => {
    expect(cell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell(-1.5)).toBe('-1.5');
    expect(csvFile([csvComment('Bron', 'regel 1\nregel 2')])).toBe('\uFEFF# Bron,regel 1 regel 2\r\n');
  });

  test('the file: BOM, CRLF after every line, rows of any length', () => {
    expect(csvFile([csvComment('Titel', 'x'), ['a', 'b', 'c'], [1, null, 'z']])).toBe('\uFEFF# Titel,x\r\na,b,c\r\n1,,z\r\n');
  });
});

describe('wrapText', () => {
  test('breaks between words within the width and keeps every word', () => {
    const text = 'Bron: CBS, tabel 82242NED; bewerking Staat van het mkb-dashboard. Tabel gewijzigd op 12 juni 2026.';
    const lines = wrapText(text, { width: 300, fontSize: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line.length * 12 * 0.5).toBeLessThanOrEqual(300);
  });

  test('cuts a word longer than a line', () => {
    expect(wrapText('x'.repeat(30), { width: 60, fontSize: 12 }).every((line) => line.length <= 10)).toBe(true);
  });
});

describe('citationText', () => {
  const cbs = { publisher: 'CBS', citation: 'CBS, tabel 82242NED', url: null, licence: 'CC BY 4.0', assembly: null } satisfies Attribution;
  const nvb = {
    publisher: 'NVB',
    citation: 'NVB (nvb.nl)',
    url: 'https://www.nvb.nl/x/',
    licence: null,
    assembly: null,
  } satisfies Attribution;
  test('the CBS form with the drop date in Dutch', () => {
    expect(citationText([cbs], '2026-07-17')).toBe(
      'Bron: CBS, tabel 82242NED, bewerking Staat van het mkb-dashboard, geraadpleegd 17 juli 2026',
    );
  });
  test('names every publisher of the values, each once', () => {
    expect(citationText([cbs, nvb, cbs], '2026-07-17')).toBe(
      'Bron: CBS, tabel 82242NED; NVB (nvb.nl), bewerking Staat van het mkb-dashboard, geraadpleegd 17 juli 2026',
    );
  });
});

describe('svgToPng', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100" height="40" fill="#fff"/><text x="4" y="24">Tekst</text></svg>';
  test('renders at twice the size', () => {
    const png = Buffer.from(svgToPng(svg));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(200);
  });

  test('without any font it still renders (text is left out), it does not throw', () => {
    const png = Buffer.from(svgToPng(svg, { font: { loadSystemFonts: false, fontFiles: [] } }));
    expect(png.readUInt32BE(16)).toBe(200);
  });
});
