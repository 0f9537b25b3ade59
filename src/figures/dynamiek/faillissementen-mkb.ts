import { formatNumber } from '../../format/number.ts';
import { parsePeriodCode } from '../../lib/period.ts';
import { mkbReferences } from '../build/mkb-references.ts';
import { type ReferenceInput, timeSeriesContent } from '../build/time-series.ts';
import type { FigureSpec } from '../figure-spec.ts';
import { figuresOf, hasValue } from '../select.ts';
import { namedSeries } from '../vocabulary/series.ts';
import { bankruptcies, bankruptcyLead } from './bankruptcies.ts';

const kind = (period: string) => parsePeriodCode(period)?.kind;

export const faillissementenMkb: FigureSpec = {
  id: 'faillissementen-mkb',
  theme: 'dynamiek',
  title: 'Faillissementen in het mkb naast die van alle bedrijven en instellingen',
  subtitle: (c) =>
    `Aantal failliet verklaarde mkb-bedrijven (losse CBS-cijfers, punten) naast de uitgesproken faillissementen van bedrijven en instellingen van alle groottes, zonder eenmanszaken (lijn), per jaar en per kwartaal, ${c.yearSpan}`,
  datasets: ['faillissementen', 'kerncijfers'],
  kind: 'line',
  notes: [
    'De lijn komt uit CBS-tabel 82242NED en telt bedrijven en instellingen van alle groottes (zonder eenmanszaken). Een doorlopende reeks alleen voor het mkb publiceert CBS niet in open data.',
    'De punten zijn losse cijfers over het mkb (minder dan 250 werkzame personen) die CBS op staatvanhetmkb.nl publiceerde. Ze gebruiken niet allemaal dezelfde afbakening: “mkb totaal”, het mkb in de business economy (soms inclusief eenmanszaken) en het mkb in het niet-financiële bedrijfsleven. De tabel noemt per cijfer de afbakening en de pagina waar het staat.',
    'Omdat de punten losse publicaties zijn, zijn ze niet met een lijn verbonden.',
  ],
  substitute:
    'Het Jaarbericht toont het aantal faillissementen in het mkb per kwartaal als doorlopende reeks. Die reeks is niet als open data beschikbaar; daarom staan hier de gepubliceerde mkb-cijfers als losse punten naast de reeks van alle bedrijven en instellingen.',
  build: (data, view) => {
    const mkb = figuresOf(
      data.kerncijfers,
      'faillissementen_mkb',
      (r) => r.series.startsWith('aantal failliet verklaarde mkb-bedrijven') && r.category === 'mkb totaal',
    ).filter(hasValue);
    const yearly = mkb.filter((r) => kind(r.period) === 'year');
    const quarterly = mkb.filter((r) => kind(r.period) === 'quarter');
    const definition = (row: (typeof mkb)[number]) => /\((.*)\)/.exec(row.series)?.[1] ?? '';
    // The line counts no sole proprietorships: figures that include them measure something else.
    const withSoleProprietors = (reference: ReferenceInput) => /incl\. eenmanszaken/.test(reference.label);
    const references = [
      ...mkbReferences(yearly, { dataset: 'kerncijfers', definition, panel: 0 }),
      ...mkbReferences(quarterly, { dataset: 'kerncijfers', definition, panel: 1 }),
    ].map((reference): ReferenceInput => ({ ...reference, drawn: !withSoleProprietors(reference) }));
    return timeSeriesContent(
      data,
      {
        lines: [
          {
            series: namedSeries.faillissementenBedrijven,
            label: 'Bedrijven en instellingen, alle groottes (per jaar)',
            kind: 'year',
            from: '2010JJ00',
            panel: 0,
          },
          {
            series: namedSeries.faillissementenBedrijven,
            label: 'Bedrijven en instellingen, alle groottes (per kwartaal)',
            kind: 'quarter',
            from: '2010KW01',
            panel: 1,
          },
        ],
        references,
        ...(references.some((r) => r.drawn === false)
          ? {
              tableOnly:
                'Mkb-cijfers inclusief eenmanszaken staan alleen in de tabel: de lijn telt bedrijven en instellingen zonder eenmanszaken.',
            }
          : {}),
        describe: bankruptcies,
        what: 'gepubliceerde aantallen failliet verklaarde mkb-bedrijven als losse punten naast de uitgesproken faillissementen van bedrijven en instellingen van alle groottes',
        caption:
          'Faillissementen: bedrijven en instellingen (82242NED) en losse mkb-cijfers, per jaar en per kwartaal, nieuwste periode eerst',
        chart: [
          { title: 'Per jaar', zero: true, yLabel: 'aantal per jaar', formatValue: (v) => formatNumber(v, 0) },
          { title: 'Per kwartaal', zero: true, yLabel: 'aantal per kwartaal', formatValue: (v) => formatNumber(v, 0) },
        ],
        keyFigureLabel: 'Faillissementen van bedrijven en instellingen',
        lead: bankruptcyLead('bedrijven en instellingen van alle groottes'),
      },
      view,
    );
  },
};
