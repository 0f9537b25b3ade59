/**
 * The only place numbers become text: Dutch style throughout ("1.234,5", "441,2 duizend",
 * "€ 281,1 mld", "4,6%"). Intl formatters are cached per precision.
 */
const cache = new Map<string, Intl.NumberFormat>();

/** `negative`: a minus only; `exceptZero`: plus or minus. Either way what rounds to zero has no sign ("0,0", not "−0,0"). */
type Sign = 'negative' | 'exceptZero';

function format(value: number, decimals: number | undefined, sign: Sign): string {
  const [minimum, maximum] = decimals === undefined ? [0, 1] : [decimals, decimals];
  const key = `${minimum}|${maximum}|${sign}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: minimum, maximumFractionDigits: maximum, signDisplay: sign });
    cache.set(key, formatter);
  }
  // A real minus sign reads better and is announced as "min" by screen readers.
  return formatter.format(value).replace('-', '−');
}

/** "1.234,5": a number with Dutch separators and a fixed number of decimals (default: as many as needed, up to 1). */
export function formatNumber(value: number, decimals?: number): string {
  return format(value, decimals, 'negative');
}

/** "441,2 duizend": for figures CBS publishes in thousands ("x 1 000"). */
export function formatThousands(valueInThousands: number, decimals = 1): string {
  return `${formatNumber(valueInThousands, decimals)} duizend`;
}

/** "€ 281,1 mld" from millions of euros; below a billion "€ 850 mln". */
export function formatEuroMillions(millions: number): string {
  // Decided on the rounded amount: 999,6 million is "€ 1,0 mld", not "€ 1.000 mln".
  if (Math.round(Math.abs(millions)) >= 1000) return `€ ${formatNumber(millions / 1000, 1)} mld`;
  return `€ ${formatNumber(millions, 0)} mln`;
}

/** "4,6%": a value already in percent. */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}

/** "+4,6%" / "−1,2%": a change with its sign, for "ten opzichte van" lines. */
export function formatSignedPercent(value: number, decimals = 1): string {
  return `${formatSigned(value, decimals)}%`;
}

/** "+12" / "−3,5": a change with its sign; one that rounds to zero has none ("0,0"). */
export function formatSigned(value: number, decimals?: number): string {
  return format(value, decimals, 'exceptZero');
}

export type Unit = 'aantal' | 'x 1 000' | 'mln euro' | '%' | 'saldo' | 'index' | string;

/** A value in its unit, as a reader expects to see it in a sentence or a table cell. */
export function formatValue(value: number, unit: Unit, decimals?: number): string {
  if (unit === 'x 1 000') return formatThousands(value, decimals ?? 1);
  if (unit === 'mln euro') return formatEuroMillions(value);
  if (unit === '%') return formatPercent(value, decimals ?? 1);
  return formatNumber(value, decimals);
}

/** "€ 46.000": an amount in whole euros. */
export function formatEuro(value: number, decimals = 0): string {
  const text = formatNumber(value, decimals);
  return text.startsWith('−') ? `−€ ${text.slice(1)}` : `€ ${text}`;
}

/** "+0,25 procentpunt": a difference between two percentages. */
export function formatPercentagePoints(difference: number, decimals = 1): string {
  return `${formatSigned(difference, decimals)} procentpunt`;
}
