/**
 * The only place numbers become text: Dutch style throughout ("1.234,5", "441,2 duizend",
 * "€ 281,1 mld", "4,6%"). Intl formatters are cached per precision.
 */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(minimum: number, maximum: number): Intl.NumberFormat {
  const key = `${minimum}|${maximum}`;
  let format = cache.get(key);
  if (!format) {
    // signDisplay 'negative': a value that rounds to zero reads "0,00", not "−0,00".
    format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: minimum, maximumFractionDigits: maximum, signDisplay: 'negative' });
    cache.set(key, format);
  }
  return format;
}

// A real minus sign reads better and is announced as "min" by screen readers.
const minus = (text: string) => text.replace('-', '−');

/** "1.234,5": a number with Dutch separators and a fixed number of decimals (default: as many as needed, up to 1). */
export function formatNumber(value: number, decimals?: number): string {
  const text = decimals === undefined ? formatter(0, 1).format(value) : formatter(decimals, decimals).format(value);
  return minus(text);
}

/** "441,2 duizend": for figures CBS publishes in thousands ("x 1 000"). */
export function formatThousands(valueInThousands: number, decimals = 1): string {
  return `${formatNumber(valueInThousands, decimals)} duizend`;
}

/** "€ 281,1 mld" from millions of euros; below a billion "€ 850 mln". */
export function formatEuroMillions(millions: number): string {
  if (Math.abs(millions) >= 1000) return `€ ${formatNumber(millions / 1000, 1)} mld`;
  return `€ ${formatNumber(millions, 0)} mln`;
}

/** "4,6%": a value already in percent. */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}%`;
}

/** "+4,6%" / "−1,2%": a change with its sign, for "ten opzichte van" lines. */
export function formatSignedPercent(value: number, decimals = 1): string {
  const text = formatPercent(value, decimals);
  return value > 0 ? `+${text}` : text;
}

/** "+12" / "−3,5": a change with its sign. */
export function formatSigned(value: number, decimals?: number): string {
  const text = formatNumber(value, decimals);
  return value > 0 ? `+${text}` : text;
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
  const text = formatNumber(Math.abs(value), decimals);
  return value < 0 ? `−€ ${text}` : `€ ${text}`;
}

/** "+0,25 procentpunt": a difference between two percentages. */
export function formatPercentagePoints(difference: number, decimals = 1): string {
  return `${formatSigned(difference, decimals)} procentpunt`;
}
