import { z } from 'astro/zod';
import { observationFields, valueMatchesSymbol } from './observation.ts';

/** The twelve provinces with CBS's region codes (RegioS `PV20` … `PV31`) and their names as CBS writes them now. */
export const provinces = [
  { code: 'PV20', label: 'Groningen' },
  { code: 'PV21', label: 'Fryslân' },
  { code: 'PV22', label: 'Drenthe' },
  { code: 'PV23', label: 'Overijssel' },
  { code: 'PV24', label: 'Flevoland' },
  { code: 'PV25', label: 'Gelderland' },
  { code: 'PV26', label: 'Utrecht' },
  { code: 'PV27', label: 'Noord-Holland' },
  { code: 'PV28', label: 'Zuid-Holland' },
  { code: 'PV29', label: 'Zeeland' },
  { code: 'PV30', label: 'Noord-Brabant' },
  { code: 'PV31', label: 'Limburg' },
] as const;

/** The debtor types of 82522NED: the first is the sum of the other two. */
export const debtorTypes = [
  { code: 'bedrijven-instellingen-eenmanszaken', label: 'Bedrijven, instellingen en eenmanszaken' },
  { code: 'bedrijven-instellingen', label: 'Bedrijven en instellingen' },
  { code: 'eenmanszaken', label: 'Natuurlijke personen met eenmanszaak' },
] as const;

/**
 * Pronounced bankruptcies per province (CBS 82522NED), per month, quarter and year: `series` is the
 * debtor type, `category` the province code. Every source has all twelve provinces: a province its
 * source lacks has its cells as symbol `ontbreekt` (empty value), never as 0.
 */
export const faillissementenProvincieRow = z
  .object({
    ...observationFields,
    series: z.enum(debtorTypes.map((t) => t.code) as [string, ...string[]]),
    category: z.enum(provinces.map((p) => p.code) as [string, ...string[]]),
  })
  .refine(valueMatchesSymbol);
export type FaillissementenProvincieRow = z.infer<typeof faillissementenProvincieRow>;
