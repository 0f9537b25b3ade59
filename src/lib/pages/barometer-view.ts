import { join } from 'node:path';
import type { ClockRow } from '../../charts/clock-chart.ts';
import { formatList } from '../../format/list.ts';
import { formatSigned } from '../../format/number.ts';
import { formatPeriod } from '../../format/period.ts';
import { type BarometerFile, barometerArtefact } from '../../schemas/barometer-file.ts';
import { quadrant as quadrantPalette } from '../../styles/tokens.ts';
import { type Quadrant, quadrants, type Weather } from '../barometer/index.ts';
import { type IndicatorId, indicatorById, indicatorIds } from '../barometer/indicators.ts';
import type { SourceRecord } from '../generated.ts';
import { generatedDir, readGenerated } from '../generated-file.ts';
import { InputError } from '../input-error.ts';
import { previousQuarter } from '../period.ts';
import { sitePath } from './site.ts';

/**
 * What the MKBarometer pages read: src/generated/barometer.json (scripts/build-data/barometer.ts, shaped by
 * src/schemas/barometer-file.ts), plus the few choices the pages make about it.
 */
export type { BarometerFile };
export type ProxyView = BarometerFile['proxies'][number];
export type LinkView = NonNullable<ProxyView['link']>;
export type BarometerQuarterView = BarometerFile['quarters'][number];
export type QuadrantName = Quadrant;
export type WeatherWord = Weather;

/** Reads and validates barometer.json once per directory (default: src/generated); the pages need at least one quarter. */
export function loadBarometer(dir = generatedDir): BarometerFile {
  const barometer = readGenerated(barometerArtefact, dir);
  if (barometer.quarters.length === 0)
    throw new InputError(
      { file: join(dir, barometerArtefact.name), path: '$.quarters' },
      'the barometer has no quarter, so the MKBarometer pages have nothing to show',
      undefined,
      'a drop whose conjunctuur dataset gives at least one quarter',
    );
  return barometer;
}

/**
 * Decision (explained on /conjunctuur/mkbarometer/methode/): the gauge shows the newest quarter whose reading
 * rests on at least this share of the indicators available in the drop; newer quarters rest on too few.
 */
export const gaugeMinimumShare = 0.5;

/** The indicators that have a reading in at least one quarter, in registry order. */
export function availableIndicators(barometer: BarometerFile): IndicatorId[] {
  const seen = new Set(barometer.quarters.flatMap((q) => q.indicators.map((i) => i.id)));
  return indicatorIds.filter((id) => seen.has(id));
}

/** The gauge's quarter (see `gaugeMinimumShare`), the minimum it had to meet, and the newer quarters. */
export function gaugeReading(barometer: BarometerFile): {
  quarter: BarometerQuarterView;
  minimum: number;
  available: number;
  newer: BarometerQuarterView[];
} {
  const available = availableIndicators(barometer).length;
  const minimum = Math.max(1, Math.ceil(available * gaugeMinimumShare));
  const quarters = barometer.quarters;
  let index = quarters.length - 1;
  while (index > 0 && !((quarters[index]!.used ?? 0) >= minimum && quarters[index]!.weather !== null)) index--;
  return { quarter: quarters[index]!, minimum, available, newer: quarters.slice(index + 1) };
}

/** The site path of a quarter's page. */
export function quarterPath(period: string): string {
  return sitePath(`/conjunctuur/mkbarometer/${period}/`);
}

export const barometerPath = sitePath('/conjunctuur/mkbarometer/');
export const methodPath = sitePath('/conjunctuur/mkbarometer/methode/');

/** Short names for chart labels (the registry's names are for tables and text). */
const shortNames: Record<IndicatorId, string> = {
  ondernemersvertrouwen: 'Ondernemersvertrouwen',
  'financieel-vertrouwen': 'Financieel vertrouwen',
  exportverwachting: 'Exportverwachting',
  'vacature-indicator': 'Vacature-indicator',
  'economisch-klimaat': 'Economisch klimaat',
  consumentenvertrouwen: 'Consumentenvertrouwen',
  bbp: 'Bbp',
  'consumptie-huishoudens': 'Consumptie',
  'duurzame-goederen': 'Duurzame goederen',
  omzet: 'Omzet',
  vacatures: 'Vacatures',
  faillissementen: 'Faillissementen',
};

/** Names short enough for the narrow clock, where eight labels share 300 px. */
const compactNames: Partial<Record<IndicatorId, string>> = {
  ondernemersvertrouwen: 'Ondernemers',
  'financieel-vertrouwen': 'Financieel',
  exportverwachting: 'Export',
  'economisch-klimaat': 'Klimaat',
  consumentenvertrouwen: 'Consumenten',
  'duurzame-goederen': 'Duurzaam',
};

export function shortName(id: IndicatorId): string {
  return shortNames[id];
}

export function compactName(id: IndicatorId): string {
  return compactNames[id] ?? shortNames[id];
}

export function indicatorName(id: IndicatorId): string {
  return indicatorById(id).name;
}

/** The quadrant each weather word belongs to, for its colour. */
export const weatherQuadrant: Record<WeatherWord, QuadrantName> = {
  zonnig: 'green',
  'licht bewolkt': 'orange',
  bewolkt: 'yellow',
  regen: 'red',
};

/** The quadrant in words, as the tables and labels say it (the palette's own label). */
export function quadrantWords(name: QuadrantName): string {
  return quadrantPalette[name].label;
}

/** "verbeterend" for a rise, "verslechterend" otherwise (0 counts as not improving, like the weather rule). */
export function directionWord(change: number): 'verbeterend' | 'verslechterend' {
  return change > 0 ? 'verbeterend' : 'verslechterend';
}

/** The raw JSON number for a `data-value` attribute. */
export function dataValue(value: number): string {
  return JSON.stringify(value);
}

/**
 * The clock's rows for a quarter: each indicator with a change in that quarter, plus its positions in up to
 * `trail` quarters before (consecutive quarters only: a trail stops at the first quarter without a change).
 */
export function clockRows(barometer: BarometerFile, period: string, trail = 4): ClockRow[] {
  const index = barometer.quarters.findIndex((q) => q.period === period);
  if (index < 0) throw new Error(`no quarter ${period} in barometer.json`);
  const rows: ClockRow[] = [];
  for (const point of barometer.quarters[index]!.indicators) {
    let expected = period;
    for (let i = index; i >= Math.max(0, index - trail); i--) {
      const quarter = barometer.quarters[i]!;
      const found = quarter.period === expected ? quarter.indicators.find((d) => d.id === point.id) : undefined;
      if (!found || found.change === null || found.quadrant === null) break;
      rows.push({
        id: found.id,
        label: shortName(found.id),
        compactLabel: compactName(found.id),
        period: quarter.period,
        level: found.level,
        change: found.change,
        quadrant: found.quadrant,
      });
      expected = previousQuarter(expected);
    }
  }
  return rows;
}

/** The clock in words, for the SVG's <desc>: which indicators sit in which quadrant. */
export function clockDescription(quarter: BarometerQuarterView): string {
  const parts = quadrants
    .map((q) => ({ q, names: quarter.indicators.filter((d) => d.quadrant === q).map((d) => shortName(d.id)) }))
    .filter((p) => p.names.length > 0)
    .map((p) => `${quadrantWords(p.q)}: ${p.names.join(', ')}`);
  const count = quarter.indicators.filter((d) => d.quadrant !== null).length;
  const linked = quarter.indicators.filter((d) => d.linked).map((d) => shortName(d.id));
  const linkedText = linked.length > 0 ? ` Gekoppeld (voortgezet met een opvolgende CBS-tabel): ${formatList(linked)}.` : '';
  return `Conjunctuurklok van het mkb, ${formatPeriod(quarter.period)}, met ${count} van de ${quarter.of} indicatoren. ${parts.join('. ')}.${linkedText} Dunne lijnen tonen de vier kwartalen ervoor.`;
}

/** The quarter before in the file, when it is the calendar quarter just before (else there is nothing to compare). */
export function previousReading(barometer: BarometerFile, quarter: BarometerQuarterView): BarometerQuarterView | undefined {
  const before = previousQuarter(quarter.period);
  return barometer.quarters.find((q) => q.period === before);
}

/** How many indicators ΔB rests on: those with a value in this quarter and the one before. */
export function changeBasis(quarter: BarometerQuarterView): number {
  return quarter.indicators.filter((i) => i.change !== null).length;
}

/**
 * When the set of indicators differs from the quarter before: which joined, which left, and that ΔB is the mean
 * change of the indicators in both (the revised rule). Undefined when the set is the same or there is no ΔB.
 */
export function compositionNote(quarter: BarometerQuarterView): string | undefined {
  const joined = quarter.joined ?? [];
  const left = quarter.left ?? [];
  if (quarter.change === null || (joined.length === 0 && left.length === 0)) return undefined;
  const parts = [
    ...(joined.length > 0 ? [`erbij ${joined.length === 1 ? 'komt' : 'komen'} ${formatList(joined.map(shortName))}`] : []),
    ...(left.length > 0 ? [`${formatList(left.map(shortName))} ${left.length === 1 ? 'valt' : 'vallen'} weg`] : []),
  ];
  const basis = changeBasis(quarter);
  return `Andere indicatoren dan in het ${formatPeriod(previousQuarter(quarter.period))}: ${formatList(parts)}. De verandering (${formatSigned(quarter.change, 2)}) is daarom het gemiddelde van de verandering van de ${basis === 1 ? 'ene indicator' : `${basis} indicatoren`} met een cijfer in beide kwartalen, niet het verschil tussen de twee standen van B.`;
}

/** How many of a quarter's indicators rest on a chain-linked figure. */
export function linkedCount(quarter: BarometerQuarterView): number {
  return quarter.indicators.filter((i) => i.linked).length;
}

/** "CBS-tabel 85880NED" for a source id such as "cbs-odata-v4/85880NED". */
export function tableName(source: string): string {
  const table = source.slice(source.lastIndexOf('/') + 1);
  return /^\d{5}[A-Z]{3}$/.test(table) ? `CBS-tabel ${table}` : table;
}

/**
 * How a proxy was continued, in one sentence: "Na het 1e kwartaal 2024 gekoppeld: het cijfer van dat kwartaal is
 * voortgezet met de gepubliceerde verandering ten opzichte van het vorige kwartaal uit CBS-tabel 85880NED, 8 kwartalen
 * tot en met het 1e kwartaal 2026."
 */
export function linkSentence(link: LinkView): string {
  const how =
    link.kind === 'change' ? 'de gepubliceerde verandering ten opzichte van het vorige kwartaal' : 'de verhouding van de indexcijfers';
  return `Na het ${formatPeriod(link.linkQuarter)} gekoppeld: het cijfer van dat kwartaal is voortgezet met ${how} uit ${tableName(link.successor)}, ${link.count} ${link.count === 1 ? 'kwartaal' : 'kwartalen'} tot en met het ${formatPeriod(link.last)}.`;
}

/** The sources of the proxies in a drop and of their successors, as conjunctuur.meta.json records them. */
export function barometerSources(barometer: BarometerFile, records: readonly SourceRecord[]): SourceRecord[] {
  const ids = new Set(barometer.proxies.flatMap((p) => (p.link ? [p.source, p.link.successor] : [p.source])));
  const sources = records.filter((s) => ids.has(s.id));
  const missing = [...ids].filter((id) => !sources.some((s) => s.id === id));
  if (missing.length > 0) throw new Error(`barometer sources ${missing.join(', ')} are not in conjunctuur.meta.json`);
  return sources;
}
