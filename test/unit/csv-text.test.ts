import { describe, expect, it } from 'vitest';
import { dropCells, toDropCsv } from '../../scripts/lib/drop-csv.ts';
import { csvText } from '../../src/lib/csv-text.ts';

// The one CSV writer, in the two formats the project writes: drops (data, byte-stable) and downloads
// (for spreadsheets). The downloads' cells are tested in test/embed/builders.test.ts.
describe('csvText', () => {
  it('quotes only where needed (RFC 4180), plus the spaces and BOM characters papaparse guards', () => {
    expect(csvText([['a', 'b,c', 'say "hi"', 'x\ny', ' lead', 'trail ', '\uFEFFbom', '']], { newline: '\n' })).toBe(
      'a,"b,c","say ""hi""","x\ny"," lead","trail ","\uFEFFbom",\n',
    );
  });

  it('writes numbers with String() and null or undefined as empty cells', () => {
    expect(csvText([[1.5, -0, 1e21, null, undefined, 'z']], { newline: '\n' })).toBe('1.5,0,1e+21,,,z\n');
  });

  it('ends every line with the newline, the last one too; nothing for no rows', () => {
    expect(csvText([['a'], ['b']], { newline: '\r\n' })).toBe('a\r\nb\r\n');
    expect(csvText([['a'], ['b']], { newline: '\r\n', bom: true })).toBe('\uFEFFa\r\nb\r\n');
    expect(csvText([], { newline: '\n' })).toBe('');
  });

  it('neutralises formulas only when asked', () => {
    const cells = ['=1+1', '-1.5', '-x', '+31 6', '@A1'];
    expect(csvText([cells], { newline: '\n' })).toBe('=1+1,-1.5,-x,+31 6,@A1\n');
    expect(csvText([cells], { newline: '\n', escapeFormulae: true })).toBe(`"'=1+1",-1.5,"'-x","'+31 6","'@A1"\n`);
  });
});

describe('toDropCsv (the drop format: \\n, no BOM, no formula escaping)', () => {
  const columns = ['series', 'period', 'value', 'symbol', 'note'];
  const rows = [
    { series: 'a', period: '2023KW02', value: -1.5, symbol: null, note: '=SUM(A1), or "x"' },
    { series: '-b', period: '2023KW03', value: 0.1 + 0.2, symbol: 'ontbreekt', note: undefined },
  ];

  it('writes the bytes the committed drops are made of', () => {
    expect(toDropCsv(rows, columns)).toBe(
      'series,period,value,symbol,note\n' + 'a,2023KW02,-1.5,,"=SUM(A1), or ""x"""\n' + '-b,2023KW03,0.3,ontbreekt,\n',
    );
    expect(toDropCsv([], columns)).toBe('series,period,value,symbol,note\n');
  });

  it('dropCells: numbers by formatNumberCell, missing values empty', () => {
    expect(dropCells(rows[1]!, columns)).toEqual(['-b', '2023KW03', '0.3', 'ontbreekt', '']);
  });
});
