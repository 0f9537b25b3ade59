import { formatList } from '../../format/list.ts';
import { formatPeriod } from '../../format/period.ts';
import type { SourceRecord } from '../generated.ts';
import {
  type BarometerFile,
  type BarometerQuarterView,
  barometerPath,
  indicatorName,
  methodPath,
  quadrantWords,
  shortName,
} from '../pages/barometer-view.ts';
import { absoluteUrl } from '../pages/site.ts';
import { citationText, sourceLine } from '../pages/source-line.ts';
import { sourceAttribution } from '../provenance/attribution.ts';
import { csvComment, csvFile } from './csv.ts';
import { licence } from './downloads.ts';

/** The MKBarometer's own downloads, beside the figures' (/conjunctuur/mkbarometer/cijfers.csv and .json). */
export const barometerDownloads = { csv: `${barometerPath}cijfers.csv`, json: `${barometerPath}cijfers.json` } as const;

const unit = 'standaardafwijkingen ten opzichte van de trend';

/** One CSV row: the barometer (reeks_id "B") or one indicator, in one quarter. */
export interface BarometerDownloadRow {
  periode: string;
  periode_code: string;
  reeks: string;
  reeks_id: string;
  stand: number;
  verandering: number | '';
  eenheid: string;
  kwadrant_of_weer: string;
  indicatoren: number | '';
  samenstelling: string;
  kenmerk: string;
}

export const barometerDownloadColumns: readonly (keyof BarometerDownloadRow)[] = [
  'periode',
  'periode_code',
  'reeks',
  'reeks_id',
  'stand',
  'verandering',
  'eenheid',
  'kwadrant_of_weer',
  'indicatoren',
  'samenstelling',
  'kenmerk',
];

/** "erbij: Bbp; weg: Omzet" against the quarter before; empty when the set stayed the same. */
export function setChangeText(q: BarometerQuarterView): string {
  return [
    ...((q.joined ?? []).length > 0 ? [`erbij: ${formatList(q.joined!.map(shortName))}`] : []),
    ...((q.left ?? []).length > 0 ? [`weg: ${formatList(q.left!.map(shortName))}`] : []),
  ].join('; ');
}

/** Every quarter, newest first: B, then its indicators in registry order. */
export function barometerDownloadRows(barometer: BarometerFile): BarometerDownloadRow[] {
  return [...barometer.quarters].reverse().flatMap((q) => [
    {
      periode: formatPeriod(q.period),
      periode_code: q.period,
      reeks: 'MKBarometer (B)',
      reeks_id: 'B',
      stand: q.level,
      verandering: q.change ?? '',
      eenheid: unit,
      kwadrant_of_weer: q.weather ?? '',
      indicatoren: q.used ?? '',
      samenstelling: q.change === null ? '' : setChangeText(q),
      kenmerk: '',
    },
    ...q.indicators.map((i) => ({
      periode: formatPeriod(q.period),
      periode_code: q.period,
      reeks: indicatorName(i.id),
      reeks_id: i.id,
      stand: i.level,
      verandering: i.change ?? ('' as const),
      eenheid: unit,
      kwadrant_of_weer: i.quadrant ? quadrantWords(i.quadrant) : '',
      indicatoren: '' as const,
      samenstelling: '',
      kenmerk: i.linked ? 'gekoppeld' : '',
    })),
  ]);
}

/** CSV (UTF-8 with BOM): `#` metadata lines (title, source, citation, licence, page, method, drop), header, rows. */
export function barometerCsv(barometer: BarometerFile, sources: readonly SourceRecord[]): string {
  const meta = [
    csvComment('Titel', 'MKBarometer en conjunctuurklok van het mkb, per kwartaal'),
    csvComment('Bron', sourceLine(sources, barometer.drop)),
    csvComment('Citeren als', citationText(sources.map(sourceAttribution), barometer.drop)),
    csvComment('Licentie', `CC BY 4.0, ${licence.path}`),
    csvComment('Pagina', absoluteUrl(barometerPath)),
    csvComment('Methode', absoluteUrl(methodPath)),
    csvComment('Datadrop', barometer.drop),
    csvComment(
      'Kenmerk',
      'gekoppeld: het cijfer van de indicator komt uit een oude CBS-tabel, voortgezet met de groei uit de opvolgende tabel',
    ),
  ];
  const rows = barometerDownloadRows(barometer).map((row) => barometerDownloadColumns.map((c) => row[c]));
  return csvFile([...meta, barometerDownloadColumns, ...rows]);
}

/** JSON: the same rows, plus the sources and, per linked proxy, its link and overlap (what the method page shows). */
export function barometerJson(barometer: BarometerFile, sources: readonly SourceRecord[]): string {
  return `${JSON.stringify(
    {
      titel: 'MKBarometer en conjunctuurklok van het mkb, per kwartaal',
      url: absoluteUrl(barometerPath),
      methode: absoluteUrl(methodPath),
      bron: sourceLine(sources, barometer.drop),
      citatie: citationText(sources.map(sourceAttribution), barometer.drop),
      datadrop: barometer.drop,
      licenties: [...new Set(sources.map((s) => s.licence))],
      bronnen: sources.map((s) => ({
        uitgever: s.publisher,
        tabel: s.tableId,
        titel: s.title,
        gewijzigd: s.modified,
        url: s.url,
        licentie: s.licence,
      })),
      maatstaven: barometer.proxies.map((p) => ({
        indicator: p.id,
        naam: indicatorName(p.id),
        maatstaf: p.label,
        bron: p.source,
        eenheid: p.unit,
        van: p.first,
        tot_en_met: p.last,
        ...(p.link
          ? {
              gekoppeld: {
                opvolger: p.link.successor,
                opvolger_maatstaf: p.link.label,
                opvolger_eenheid: p.link.unit,
                koppelkwartaal: p.link.linkQuarter,
                van: p.link.first,
                tot_en_met: p.link.last,
                overlap: p.link.summary,
              },
            }
          : {}),
      })),
      cijfers: barometerDownloadRows(barometer),
    },
    null,
    2,
  )}\n`;
}
