import { describe, expect, test } from 'vitest';
import { flagSuffix, flagsOfNote, flagsOfStatus } from '../../../src/lib/provenance/flags.ts';
import { parseFigureUnit, unitName } from '../../../src/lib/provenance/units.ts';

describe('parseFigureUnit', () => {
  test.each([
    ['aantal', { unit: 'aantal', flags: [], remark: '' }],
    ['procent', { unit: '%', flags: [], remark: '' }],
    ['miljard euro', { unit: 'mld euro', flags: [], remark: '' }],
    ['miljard euro per jaar', { unit: 'mld euro per jaar', flags: [], remark: '' }],
    ['x 1 000 euro', { unit: '× 1 000 euro', flags: [], remark: '' }],
    ['euro (afgerond)', { unit: 'euro', flags: ['afgerond'], remark: '' }],
    ["aantal (afgerond, 'bijna 39 duizend')", { unit: 'aantal', flags: ['afgerond'], remark: 'gepubliceerd als ‘bijna 39 duizend’' }],
    ["aantal (afgerond, 'ruim 1,56 miljoen')", { unit: 'aantal', flags: ['afgerond'], remark: 'gepubliceerd als ‘ruim 1,56 miljoen’' }],
    ['aantal (afgeleid, afgerond)', { unit: 'aantal', flags: ['afgeleid', 'afgerond'], remark: '' }],
    ["procent (circa, 'bijna 3%')", { unit: '%', flags: ['circa'], remark: 'gepubliceerd als ‘bijna 3%’' }],
    ['miljard euro (circa)', { unit: 'mld euro', flags: ['circa'], remark: '' }],
    ['procent (394.000 klanten)', { unit: '%', flags: [], remark: '394.000 klanten' }],
    [
      "bedrijven (afgerond, 'ruim 1,2 miljoen'); 99,9% mkb",
      { unit: 'bedrijven', flags: ['afgerond'], remark: 'gepubliceerd als ‘ruim 1,2 miljoen’; 99,9% mkb' },
    ],
    ['procent van aanvragers', { unit: '% van aanvragers', flags: [], remark: '' }],
  ])('%s', (text, expected) => {
    expect(parseFigureUnit(text)).toEqual(expected);
  });

  test('series units in one vocabulary', () => {
    expect(unitName('x 1 000')).toBe('× 1 000');
    expect(unitName('mln euro (prijsniveau 2015)')).toBe('mln euro, prijzen van 2015');
    expect(unitName('index 2021=100')).toBe('index, 2021 = 100');
    expect(unitName('%')).toBe('%');
    expect(unitName('saldo')).toBe('saldo');
  });
});

describe('flags', () => {
  test.each([
    ['', []],
    ['derived', ['afgeleid']],
    ['secondary source', ['secundaire bron']],
    ['period inferred', ['periode afgeleid']],
    ['period or context inferred', ['periode of afbakening afgeleid']],
    ['period or context inferred; period inferred', ['periode afgeleid']],
  ])('the note %j', (note, flags) => {
    expect(flagsOfNote(note)).toEqual(flags);
  });

  test('a note the vocabulary does not know is refused, not dropped', () => {
    expect(() => flagsOfNote('estimated')).toThrow(/unknown note "estimated"/);
  });

  test('status flags come from the period status; they are said with the period, not after the number', () => {
    expect(flagsOfStatus('voorlopig')).toEqual(['voorlopig']);
    expect(flagsOfStatus('definitief')).toEqual([]);
    expect(flagsOfStatus('onbekend')).toEqual([]);
    expect(flagSuffix(['voorlopig', 'gekoppeld'])).toBe(' (gekoppeld)');
    expect(flagSuffix(['afgeleid', 'afgerond'])).toBe(' (afgeleid, afgerond)');
    expect(flagSuffix(['nader voorlopig'])).toBe('');
  });
});
