// The lead sentence on synthetic numbers (not the real data: test/dist/sentences.test.ts reads those back).
import { describe, expect, test } from 'vitest';
import { changeBetween, newsOf } from '../../../src/figures/sentence/compare.ts';
import { type LeadFacts, type LeadWords, leadOf } from '../../../src/figures/sentence/lead.ts';
import { formatChangeShort } from '../../../src/format/change.ts';
import { formatNumber } from '../../../src/format/number.ts';
import { formatPeriodOpening } from '../../../src/format/period.ts';

const bankruptcies: LeadWords = {
  clause: (v) => `werden ${v} bedrijven failliet verklaard`,
  value: (v) => formatNumber(v, 0),
  words: 'count',
};
const facts = (overrides: Partial<LeadFacts>): LeadFacts => ({
  label: 'Faillissementen',
  period: '2026MM05',
  status: 'definitief',
  value: 233,
  describe: (v) => `${formatNumber(v, 0)} faillissementen`,
  previous: { period: '2025MM05', value: 299 },
  better: 'lower',
  ...overrides,
});

describe('leadOf', () => {
  test.each([
    ['a fall of 22%', facts({}), 'In mei 2026 werden 233 bedrijven failliet verklaard, 22% minder dan een jaar eerder.'],
    [
      'a provisional period says so after the period',
      facts({ status: 'voorlopig' }),
      'In mei 2026 (voorlopig) werden 233 bedrijven failliet verklaard, 22% minder dan een jaar eerder.',
    ],
    [
      'a change below 10% keeps one decimal',
      facts({ value: 784, previous: { period: '2025MM05', value: 789 } }),
      'In mei 2026 werden 784 bedrijven failliet verklaard, 0,6% minder dan een jaar eerder.',
    ],
    [
      '9,96% rounds to whole percents, as from 10% on',
      facts({ value: 109.96, previous: { period: '2025MM05', value: 100 } }),
      'In mei 2026 werden 110 bedrijven failliet verklaard, 10% meer dan een jaar eerder.',
    ],
    [
      'a change that rounds to 0 is "evenveel"',
      facts({ value: 10000, previous: { period: '2025MM05', value: 10004 } }),
      'In mei 2026 werden 10.000 bedrijven failliet verklaard, evenveel als een jaar eerder.',
    ],
    [
      'no value a year earlier: said, no change invented',
      facts({ previous: undefined }),
      'In mei 2026 werden 233 bedrijven failliet verklaard; van een jaar eerder is er geen cijfer.',
    ],
    [
      'a relative change without a base (0 a year earlier) gives the earlier value instead',
      facts({ previous: { period: '2025MM05', value: 0 } }),
      'In mei 2026 werden 233 bedrijven failliet verklaard; een jaar eerder: 0 faillissementen.',
    ],
  ])('%s', (_name, input, sentence) => {
    expect(leadOf(input, bankruptcies).sentence).toBe(sentence);
  });

  test('a percentage compares in procentpunt, and "even hoog" when the difference rounds to 0', () => {
    const rate: LeadWords = {
      clause: (v) => `was de rente ${v}`,
      value: (v) => `${formatNumber(v, 2)}%`,
      measure: { kind: 'difference', unit: 'procentpunt', decimals: 2 },
    };
    const lower = leadOf(facts({ value: 4.37, previous: { period: '2025MM05', value: 5.34 } }), rate);
    expect(lower.sentence).toBe('In mei 2026 was de rente 4,37%, 0,97 procentpunt lager dan een jaar eerder.');
    expect(lower.change).toBe('−0,97 procentpunt t.o.v. mei 2025');
    expect(lower.comparison?.news).toBe('good');
    const same = leadOf(facts({ value: 4.371, previous: { period: '2025MM05', value: 4.368 } }), rate);
    expect(same.sentence).toBe('In mei 2026 was de rente 4,37%, even hoog als een jaar eerder.');
    expect(same.comparison?.news).toBe('unchanged');
  });

  test('balances compare in punten: "3 punten", "1 punt", "0,4 punt"', () => {
    const balance = (decimals: number): LeadWords => ({
      clause: (v) => `stond het vertrouwen op ${v}`,
      value: (v) => formatNumber(v, decimals),
      measure: { kind: 'difference', unit: 'punt', decimals },
    });
    const says = (value: number, previous: number, decimals: number) =>
      leadOf(facts({ value, previous: { period: '2025MM05', value: previous }, better: 'higher' }), balance(decimals)).sentence;
    expect(says(-39, -36, 0)).toBe('In mei 2026 stond het vertrouwen op −39, 3 punten lager dan een jaar eerder.');
    expect(says(-35, -36, 0)).toBe('In mei 2026 stond het vertrouwen op −35, 1 punt hoger dan een jaar eerder.');
    expect(says(-3.8, -3.4, 1)).toBe('In mei 2026 stond het vertrouwen op −3,8, 0,4 punt lager dan een jaar eerder.');
  });

  test('growth: the value is the change, said by its sign ("kleiner"), with no second comparison', () => {
    const words: LeadWords = { clause: (c) => `was het bbp (volume) ${c}`, measure: { kind: 'growth', decimals: 1 }, words: 'size' };
    const lead = leadOf(facts({ period: '2026KW01', status: 'voorlopig', value: -0.44, previous: undefined, better: 'higher' }), words);
    expect(lead.sentence).toBe('In het 1e kwartaal 2026 (voorlopig) was het bbp (volume) 0,4% kleiner dan een jaar eerder.');
    expect(lead.change).toBe('');
    expect(lead.comparison).toMatchObject({ measure: 'growth', direction: 'down', news: 'bad' });
    expect(leadOf(facts({ value: 0.04, better: 'higher' }), words).sentence).toBe(
      'In mei 2026 was het bbp (volume) even groot als een jaar eerder.',
    );
  });

  test('a single figure says what is there and marks itself as published', () => {
    const lead = leadOf(facts({ period: '2024 begin', status: 'onbekend', value: 1_560_000, previous: undefined, single: true }), {
      clause: (v) => `telde het mkb ${v} bedrijven`,
      value: (v) => formatNumber(v, 0),
    });
    expect(lead.sentence).toBe('Begin 2024 telde het mkb 1.560.000 bedrijven (los gepubliceerd cijfer).');
    expect(lead.comparison).toBeUndefined();
  });

  test('flags beyond the status are said after the clause, in one parenthesis with "los gepubliceerd cijfer"', () => {
    const single = leadOf(
      facts({
        period: '2024 begin',
        status: 'onbekend',
        value: 1_560_000,
        previous: undefined,
        single: true,
        flags: ['circa', 'afgerond'],
      }),
      { clause: (v) => `telde het mkb ${v} bedrijven`, value: (v) => formatNumber(v, 0) },
    );
    expect(single.sentence).toBe('Begin 2024 telde het mkb 1.560.000 bedrijven (circa, afgerond, los gepubliceerd cijfer).');
    expect(leadOf(facts({ flags: ['gekoppeld'] }), bankruptcies).sentence).toBe(
      'In mei 2026 werden 233 bedrijven failliet verklaard (gekoppeld), 22% minder dan een jaar eerder.',
    );
  });

  test('without a clause: "<label>, <period>: <value>"', () => {
    expect(leadOf(facts({ status: 'nader voorlopig' })).sentence).toBe(
      'Faillissementen, mei 2026 (nader voorlopig): 233 faillissementen, 22% lager dan een jaar eerder.',
    );
  });

  test('survey estimates whose margins overlap: the difference is said, and that it lies within the margins', () => {
    const lead = leadOf(
      facts({ value: 15, margin: [13.2, 16.8], previous: { period: '2025MM05', value: 16.2, margin: [14.1, 18.3] }, better: 'neither' }),
      {
        clause: (v) => `had ${v} een behoefte`,
        value: (v) => `${formatNumber(v, 1)}%`,
        measure: { kind: 'difference', unit: 'procentpunt', decimals: 1 },
      },
    );
    expect(lead.sentence).toBe(
      'In mei 2026 had 15,0% een behoefte, 1,2 procentpunt lager dan een jaar eerder, maar dat verschil valt binnen de 95%-marges.',
    );
    expect(lead.comparison?.news).toBe('within-margin');
  });
});

describe('news for the mkb', () => {
  const up = changeBetween(110, 100, { kind: 'relative' })!;
  const down = changeBetween(90, 100, { kind: 'relative' })!;
  test.each([
    ['higher', up, 'good'],
    ['higher', down, 'bad'],
    ['lower', up, 'bad'],
    ['lower', down, 'good'],
    ['neither', up, 'no-judgement'],
  ] as const)('better %s, change %o → %s', (better, change, news) => {
    expect(newsOf(better, change)).toBe(news);
  });

  test('"gelijk aan" on a tile when the change rounds to zero', () => {
    expect(formatChangeShort(changeBetween(100.01, 100, { kind: 'relative' })!, 'mei 2025')).toBe('gelijk aan mei 2025');
  });
});

describe('formatPeriodOpening', () => {
  test.each([
    ['2026MM05', 'in', 'In mei 2026'],
    ['2026KW01', 'in', 'In het 1e kwartaal 2026'],
    ['2023KW03', 'end', 'Aan het einde van het 3e kwartaal 2023'],
    ['2025MM06', 'end', 'Eind juni 2025'],
    ['2025JJ00', 'in', 'In 2025'],
    ['2023HJ01', 'in', 'In het 1e halfjaar 2023'],
    ['2025JL00', 'in', 'In het meetjaar juli 2024 – juli 2025'],
    ['2024 begin', 'in', 'Begin 2024'],
    ['begin 2020', 'in', 'Begin 2020'],
    ['2013 (eind)', 'in', 'Eind 2013'],
    ['2021 (juli)', 'in', 'In juli 2021'],
    ['2021 (circa)', 'in', 'In 2021 (circa)'],
  ] as const)('%s (%s) → %s', (period, at, opening) => {
    expect(formatPeriodOpening(period, at)).toBe(opening);
  });
});
