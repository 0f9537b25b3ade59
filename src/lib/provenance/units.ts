import type { Flag } from './flags.ts';

/**
 * Units in one vocabulary. Sources write the same unit in several ways ("procent", "%"; "miljard euro",
 * "mld euro"), and single figures pack qualifiers into it ("aantal (afgerond, 'bijna 39 duizend')"). The
 * unit a download row states is the plain unit; qualifiers become flags, the publication's wording a remark.
 */

const names: Record<string, string> = {
  procent: '%',
  'miljard euro': 'mld euro',
  'miljard euro per jaar': 'mld euro per jaar',
  'miljoen euro': 'mln euro',
  'x 1 000': '× 1 000',
  'x 1 000 euro': '× 1 000 euro',
  'mln euro (prijsniveau 2015)': 'mln euro, prijzen van 2015',
  'index 2021=100': 'index, 2021 = 100',
};

/** The unit as every download and table states it ("procent" → "%", "x 1 000" → "× 1 000"). */
export function unitName(unit: string): string {
  const plain = unit.trim().replace(/\s+/g, ' ');
  return names[plain] ?? plain.replace(/^procent\b/, '%').replace(/^miljard euro\b/, 'mld euro');
}

export interface FigureUnit {
  /** The plain unit: "aantal", "%", "mld euro". */
  unit: string;
  /** What the unit's qualifiers say about the number: afgerond, circa, afgeleid. */
  flags: Flag[];
  /** The publication's wording and other remarks ("gepubliceerd als ‘bijna 39 duizend’; 394.000 klanten"). */
  remark: string;
}

const qualifierFlags: Record<string, Flag> = { afgerond: 'afgerond', circa: 'circa', afgeleid: 'afgeleid' };

/**
 * A single figure's unit text as the curated table writes it: "aantal (afgerond, 'bijna 39 duizend')",
 * "procent (circa)", "klanten (circa, 'bijna 828.000')", "bedrijven (afgerond, 'ruim 1,2 miljoen'); 99,9% mkb",
 * "procent van aanvragers".
 */
export function parseFigureUnit(text: string): FigureUnit {
  const [main = '', ...after] = text.split(';').map((part) => part.trim());
  const m = /^([^(]*?)\s*(?:\((.*)\))?$/.exec(main);
  const base = m?.[1] ?? main;
  const flags: Flag[] = [];
  const remarks: string[] = [];
  // Commas inside a quoted wording ('ruim 1,56 miljoen') do not separate qualifiers.
  for (const [, token = ''] of (m?.[2] ?? '').matchAll(/\s*('[^']*'|[^,]+)/g)) {
    const part = token.trim();
    if (part === '') continue;
    const quoted = /^'(.*)'$/.exec(part);
    if (quoted) remarks.push(`gepubliceerd als ‘${quoted[1]}’`);
    else if (qualifierFlags[part]) flags.push(qualifierFlags[part]);
    else remarks.push(part);
  }
  return { unit: unitName(base), flags, remark: [...remarks, ...after].join('; ') };
}
