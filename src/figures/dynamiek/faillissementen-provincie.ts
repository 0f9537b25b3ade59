import { formatList } from '../../format/list.ts';
import { formatNumber } from '../../format/number.ts';
import type { GeneratedData } from '../../lib/generated.ts';
import { provinceUrl } from '../../lib/pages/site.ts';
import { regionsContent } from '../build/regions.ts';
import { timeSeriesContent } from '../build/time-series.ts';
import type { Coverage } from '../coverage.ts';
import type { FigureContent, FigureSpec } from '../figure-spec.ts';
import type { ViewSelection } from '../view-selection.ts';
import { siteProvinces } from '../vocabulary/provinces.ts';
import { provinceSeries } from '../vocabulary/series.ts';
import { bankruptcies } from './bankruptcies.ts';
import { provinceHasFigures } from './faillissementen-regio.ts';

/** What every figure on 82522NED says about where its numbers come from and what they count. */
export const provinceNotes = [
  'CBS-cijfers uit tabel 82522NED (Faillissementen; bedrijven en instellingen, regio), niet rechtstreeks bij CBS opgehaald: een derde partij zette de provincies in november 2022 met de cbsodata-client in een bestand. Door een fout in haar filter ontbreken daarin Overijssel en Utrecht; bij CBS zelf zijn die cijfers er wel (tabel 82522NED op StatLine). Het dashboard toont ze als ‘ontbreekt in deze bron’, nooit als 0.',
  'Uitgesproken faillissementen van bedrijven en instellingen en van eenmanszaken (natuurlijke personen met een eenmanszaak), alle groottes, niet alleen het mkb; naar de provincie van vestiging. Het totaal is precies de som van de twee typen.',
  'Het aantal hangt af van hoeveel bedrijven een provincie heeft: een grote provincie heeft meer faillissementen. Het aantal bedrijven per provincie staat niet in deze bronnen, dus een aandeel is niet te berekenen.',
];

/** ", zonder Overijssel en Utrecht": the provinces whose table column has no number (the source lacks them). */
function missingWords(c: Coverage): string {
  const missing = siteProvinces.filter((p) => c.column(p.label).count === 0).map((p) => p.label);
  return missing.length > 0 ? `, zonder ${formatList(missing)}` : '';
}

/**
 * A province over time (its line of quarters, as on its /regio/ page), or every province with figures as small
 * multiples on one scale. A province the source lacks has no view: there is no line of it to draw.
 */
function overTime(data: GeneratedData, view: ViewSelection): FigureContent {
  const present = siteProvinces.filter((p) => provinceHasFigures(data, p));
  return timeSeriesContent(
    data,
    {
      lines: present.map((province) => ({ series: provinceSeries(province), kind: 'quarter' as const })),
      describe: bankruptcies,
      cell: (v) => formatNumber(v, 0),
      what: view.series
        ? 'het aantal uitgesproken faillissementen per kwartaal'
        : 'het aantal uitgesproken faillissementen per kwartaal in elke provincie met cijfers (op één schaal)',
      caption: 'Uitgesproken faillissementen per provincie (aantal), nieuwste kwartaal eerst',
      chart: { zero: true, yLabel: 'aantal per kwartaal', multiples: true },
      keyFigureLabel: 'Faillissementen',
    },
    view,
  );
}

export const faillissementenProvincie: FigureSpec = {
  id: 'faillissementen-provincie',
  theme: 'dynamiek',
  title: 'Faillissementen per provincie',
  subtitle: (c, view) =>
    `Aantal uitgesproken faillissementen van bedrijven, instellingen en eenmanszaken per ${view.series ? `kwartaal in ${view.series.value.label}` : 'provincie en per kwartaal'}, ${c.span}, alle groottes; CBS-cijfers via een derde partij${view.series ? '' : missingWords(c)}`,
  datasets: ['faillissementen-provincie'],
  kind: 'tilemap',
  notes: [
    ...provinceNotes,
    'De kleur van een provincie op de kaart geeft een klasse van het aantal (zie de legenda); het aantal zelf staat erbij. Elke provincie op de kaart en elke kleine grafiek leidt naar de pagina van die provincie, met de cijfers naar type gefailleerde.',
  ],
  build: (data, view = {}) => {
    const map = regionsContent(data, {
      regions: siteProvinces,
      series: (province) => provinceSeries(province),
      kind: 'quarter',
      href: (province) => provinceUrl(province.slug),
      describe: bankruptcies,
      cell: (v) => formatNumber(v, 0),
      what: 'uitgesproken faillissementen',
      caption: 'Uitgesproken faillissementen per provincie (aantal), nieuwste kwartaal eerst',
      keyFigureLabel: 'Meeste faillissementen',
    });
    const content = overTime(data, view);
    // The default is the map of the latest quarter with every quarter beside it; a view shows a province, or
    // every province, over time.
    if (!view.series && !view.period)
      return { ...map, ...(content.choices ? { choices: { ...content.choices, defaultPeriod: 'Kaart van het laatste kwartaal' } } : {}) };
    // Every province over some years: the lead is the map's, of the latest quarter every such view ends with.
    return view.series ? content : { ...content, keyFigure: map.keyFigure };
  },
};
