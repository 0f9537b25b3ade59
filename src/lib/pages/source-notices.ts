import { formatList } from '../../format/list.ts';
import { formatNumber } from '../../format/number.ts';
import { formatDate, formatPeriod } from '../../format/period.ts';
import type { SourceRecord } from '../generated.ts';
import type { SourceNotice } from '../provenance/notices.ts';

/** "tabel 80472NED" for a CBS table, else the source's title. */
function named(source: SourceRecord): string {
  return /^\d{5}[A-Z]{3}$/.test(source.tableId) ? `tabel ${source.tableId}` : source.title;
}

/** A notice in words, for the figure page and the JSON download (src/lib/provenance/notices.ts computes it). */
export function noticeText(notice: SourceNotice, source: SourceRecord): string {
  const table = named(source);
  switch (notice.kind) {
    case 'discontinued':
      return `CBS werkt ${table} (basisjaar ${notice.baseYear}) niet meer bij; de opvolgers zijn ${formatList(notice.successors)}. De cijfers uit ${table} lopen tot en met ${formatPeriod(notice.last)}.`;
    case 'not-in-metadata': {
      const periods = formatList(notice.periods.map(formatPeriod));
      const status = `De status daarvan (voorlopig of definitief) is daarom onbekend.`;
      if (notice.stale && notice.modified)
        return `De metadata van ${table} dateren van ${formatDate(notice.modified)} en noemen de periode ${periods} niet, die pas daarna afliep: de cijfers over die periode zijn later toegevoegd zonder dat de metadata zijn bijgewerkt. ${status}`;
      return `De metadata van ${table} noemen de periode ${periods} niet. ${status}`;
    }
    case 'status-contradicts-description':
      return `De toelichting van CBS bij ${table} zegt: “${notice.quote}” Toch geeft de tabel alle ${formatNumber(notice.count, 0)} perioden van ${formatPeriod(notice.first)} tot en met ${formatPeriod(notice.last)} de status definitief. Het dashboard toont de status die de tabel geeft; CBS kan deze cijfers nog bijstellen.`;
    case 'assembly':
      return `Geen ruwe opname van de uitgever, maar samengesteld door een derde partij. Aantekeningen bij de bron: ${notice.notes.join('; ')}.`;
  }
}

/** Every notice of the sources of a figure, in words, each once. */
export function noticeTexts(sources: readonly SourceRecord[]): string[] {
  return [...new Set(sources.flatMap((source) => source.notices.map((notice) => noticeText(notice, source))))];
}
