import type { DataTable } from '../../src/figures/figure-spec.ts';
import { formatNumber } from '../../src/format/number.ts';
import { formatDate } from '../../src/format/period.ts';
import { figureSvg } from '../../src/lib/downloads/figure-image.ts';
import { escapeXml as esc } from '../../src/lib/downloads/xml.ts';
import { changeTotal, countsText } from '../../src/lib/pages/changes-view.ts';
import { colors } from '../../src/styles/tokens.ts';
import { datasetByName } from '../datasets/index.ts';
import type { DropDiff, SourceChange } from '../diff/compare-drops.ts';
import { type ChangeRow, type Drawn, type FigureReview, isChanged } from './figure-reviews.ts';

/** At most this many changed numbers per figure in its table (the count above it stays complete). */
export const rowLimit = 250;

export interface ReviewPageInput {
  diff: DropDiff;
  figures: readonly FigureReview[];
  /** The figure's permalink, printed in its image as on the site. */
  permalink: (id: string) => string;
}

/**
 * The review page: for every figure whose numbers differ between two drops, the old and the new chart side by
 * side (the site's standalone SVG, as an image with the chart's text alternative), what changed, and both
 * data tables. One HTML file without scripts or outside references; the same drops give the same bytes.
 */
export function reviewPage({ diff, figures, permalink }: ReviewPageInput): string {
  const changed = figures.filter(isChanged);
  const unchanged = figures.filter((f) => !isChanged(f));
  const title = `Controle vóór publicatie: datadrop ${diff.old} → ${diff.new}`;
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p class="lead">${esc(summary(diff, changed.length, figures.length))}</p>`,
    sourcesSection(diff.sources),
    datasetsSection(diff),
    changed.length > 0
      ? `<nav aria-labelledby="inhoud-kop"><h2 id="inhoud-kop">Figuren met andere cijfers</h2><ul>${changed
          .map((f) => `<li><a href="#${esc(f.spec.id)}">${esc(f.spec.title)}</a>: ${esc(changeSummary(f))}</li>`)
          .join('')}</ul></nav>`
      : '<p>Geen enkele figuur krijgt andere cijfers.</p>',
    ...changed.map((f) => figureSection(f, diff, permalink(f.spec.id))),
    unchanged.length > 0
      ? `<section aria-labelledby="ongewijzigd-kop"><h2 id="ongewijzigd-kop">Figuren met dezelfde cijfers</h2><ul>${unchanged
          .map((f) => `<li>${esc(f.spec.title)}${esc(unchangedNote(f))}</li>`)
          .join('')}</ul></section>`
      : '',
  ];
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body.filter((part) => part !== '').join('\n')}
</main>
</body>
</html>
`;
}

function summary(diff: DropDiff, changed: number, all: number): string {
  const counts = changeTotal(diff.counts) > 0 ? countsText(diff.counts) : 'geen veranderde cijfers';
  return `De datadrop van ${formatDate(diff.new)} vergeleken met die van ${formatDate(diff.old)}: ${counts}. ${formatNumber(changed, 0)} van de ${formatNumber(all, 0)} figuren tonen andere cijfers; links de oude grafiek, rechts de nieuwe.`;
}

function sourcesSection(sources: readonly SourceChange[]): string {
  if (sources.length === 0) return '';
  const state = (s: SourceChange['old']) =>
    s ? `opgehaald ${s.retrieved ?? '–'}, tabel gewijzigd ${s.modified ?? '–'}` : 'niet in deze datadrop';
  const rows = sources.map((s) => `<tr><th scope="row">${esc(s.id)}</th><td>${esc(state(s.old))}</td><td>${esc(state(s.new))}</td></tr>`);
  return `<section aria-labelledby="bronnen-kop"><h2 id="bronnen-kop">Bronnen die veranderden</h2><table><caption>Bronbestanden die anders zijn dan in de oude datadrop</caption><thead><tr><th scope="col">Bron</th><th scope="col">Oud</th><th scope="col">Nieuw</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function datasetsSection(diff: DropDiff): string {
  const n = (value: number) => formatNumber(value, 0);
  const rows = diff.datasets.map((d) => {
    const title = datasetByName[d.name].title;
    const { added, revised, status, removed } = d.counts;
    return `<tr><th scope="row">${esc(title)}</th><td class="num">${n(d.rows.old)}</td><td class="num">${n(d.rows.new)}</td><td class="num">${n(added)}</td><td class="num">${n(revised)}</td><td class="num">${n(status)}</td><td class="num">${n(removed)}</td></tr>`;
  });
  const head = ['Dataset', 'Rijen oud', 'Rijen nieuw', 'Nieuw', 'Herzien', 'Status', 'Verwijderd'].map((c) => `<th scope="col">${c}</th>`);
  return `<section aria-labelledby="datasets-kop"><h2 id="datasets-kop">Datasets</h2><table><caption>Rijen en wijzigingen per dataset</caption><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function figureSection(f: FigureReview, diff: DropDiff, permalink: string): string {
  const id = esc(f.spec.id);
  const side = (label: string, drop: string, drawn: Drawn) => {
    const caption = `<figcaption>${esc(label)}: datadrop ${esc(drop)}</figcaption>`;
    if (!('view' in drawn))
      return `<figure>${caption}<p class="missing">Deze figuur kan met deze datadrop niet worden getekend: ${esc(drawn.error)}</p></figure>`;
    const svg = figureSvg(drawn.view, permalink);
    const size = /<svg[^>]*\swidth="(\d+(?:\.\d+)?)"[^>]*\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
    const alt = `${f.spec.title}, datadrop ${drop}. ${drawn.view.content.summary}`;
    const src = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
    return `<figure>${caption}<img src="${src}" alt="${esc(alt)}"${size ? ` width="${size[1]}" height="${size[2]}"` : ''}></figure>`;
  };
  const tables = (['old', 'new'] as const)
    .map((which) => {
      const drawn = f[which];
      if (!('view' in drawn)) return '';
      const label = which === 'old' ? `oud, datadrop ${diff.old}` : `nieuw, datadrop ${diff.new}`;
      return dataTable(drawn.view.content.table, `${drawn.view.content.table.caption} (${label})`);
    })
    .join('');
  return `<section class="figure" id="${id}" aria-labelledby="${id}-kop">
<h2 id="${id}-kop">${esc(f.spec.title)}</h2>
<p class="subtitle">${esc(subtitleOf(f))}</p>
<p>${esc(changeSummary(f))}.${f.elsewhere > 0 ? ` ${esc(elsewhereNote(f.elsewhere))}` : ''}</p>
<div class="pair">${side('Oud', diff.old, f.old)}${side('Nieuw', diff.new, f.new)}</div>
${changeTable(f.rows, f.spec.title)}
<details><summary>Alle cijfers van de figuur, oud en nieuw</summary>${tables}</details>
</section>`;
}

/** The subtitle follows the data shown: the new drop's, or the old one's when the new cannot be drawn. */
function subtitleOf(f: Parameters<typeof figureSection>[0]): string {
  const drawn = 'view' in f.new ? f.new : 'view' in f.old ? f.old : undefined;
  return drawn && 'view' in drawn ? drawn.view.subtitle : '';
}

const changeWords: Record<ChangeRow['change'], string> = {
  nieuw: 'nieuwe waarde',
  herzien: 'herzien',
  status: 'status gewijzigd',
  verwijderd: 'verwijderd',
};

function changeTable(rows: readonly ChangeRow[], title: string): string {
  const shown = rows.slice(0, rowLimit);
  const body = shown.map(
    (r) =>
      `<tr><th scope="row">${esc(r.series)}</th><td>${esc(r.period)}</td><td>${changeWords[r.change]}</td><td class="num">${esc(r.old)}</td><td class="num">${esc(r.new)}</td></tr>`,
  );
  const note =
    rows.length > shown.length
      ? `<p class="note">De tabel toont de eerste ${formatNumber(shown.length, 0)} van ${formatNumber(rows.length, 0)} wijzigingen.</p>`
      : '';
  return `<table class="changes"><caption>Wat er veranderde in de cijfers van “${esc(title)}”</caption><thead><tr><th scope="col">Reeks</th><th scope="col">Periode</th><th scope="col">Wijziging</th><th scope="col">Oud</th><th scope="col">Nieuw</th></tr></thead><tbody>${body.join('')}</tbody></table>${note}`;
}

/** The figure's data table as the site shows it (src/components/TableMarkup.astro), without links. */
function dataTable(table: DataTable, caption: string): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = table.rows.map(
    (row) =>
      `<tr><th scope="row">${esc(row.header)}</th>${row.cells.map((cell) => `<td${cell.data ? ' class="num"' : ''}>${esc(cell.text)}</td>`).join('')}</tr>`,
  );
  return `<table class="data"><caption>${esc(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** "2 herziene waarden", or why a figure without changed numbers is in the review. */
function changeSummary(f: FigureReview): string {
  return changeTotal(f.counts) > 0 ? countsText(f.counts) : 'dezelfde cijfers in de tabel, maar de figuur is anders getekend';
}

const elsewhereNote = (n: number) =>
  `Daarnaast ${n === 1 ? 'is 1 waarde' : `zijn ${formatNumber(n, 0)} waarden`} van de reeksen van deze figuur veranderd in perioden die ze niet toont.`;

function unchangedNote(f: FigureReview): string {
  const error = 'error' in f.new ? f.new.error : 'error' in f.old ? f.old.error : undefined;
  if (error) return ` (niet te tekenen: ${error})`;
  return f.elsewhere > 0
    ? ` (${formatNumber(f.elsewhere, 0)} ${f.elsewhere === 1 ? 'wijziging' : 'wijzigingen'} in perioden die de figuur niet toont)`
    : '';
}

const style = `
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: ${colors.text}; background: ${colors.background}; }
main { max-width: 90rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; }
.lead, .subtitle, .note { color: ${colors.textMuted}; }
a { color: ${colors.link}; }
a:focus-visible, summary:focus-visible { outline: 3px solid ${colors.focus}; outline-offset: 2px; }
.figure { border-top: 2px solid ${colors.border}; margin-top: 2.5rem; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1.5rem; }
figure { margin: 0; }
figcaption { font-weight: 700; margin-bottom: 0.25rem; }
img { max-width: 100%; height: auto; border: 1px solid ${colors.border}; }
.missing { padding: 1rem; background: ${colors.surface}; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
caption { text-align: left; font-weight: 700; padding-bottom: 0.25rem; }
th, td { border-bottom: 1px solid ${colors.border}; padding: 0.2rem 0.6rem; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: 1rem 0; }
summary { cursor: pointer; color: ${colors.link}; }
`;
