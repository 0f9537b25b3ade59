/** A class of firms as the project codes it (src/schemas/bedrijven.ts): the same code from every source. */
export interface FirmClass {
  code: string;
  label: string;
  /** Persons employed, from (inclusive) to (exclusive, null = no upper bound); size classes only. */
  size?: { from: number; to: number | null };
}

const legalForms: Record<string, FirmClass> = {
  'natuurlijke personen': { code: 'natuurlijke-personen', label: 'Natuurlijke personen' },
  rechtspersonen: { code: 'rechtspersonen', label: 'Rechtspersonen' },
};
// "Totaal bedrijven" (StatLine, OData), "Totaal aantal bedrijven" (as the third party renamed it).
const totals = new Set(['totaal', 'totaal bedrijven', 'totaal aantal bedrijven', 'bedrijven totaal']);

/**
 * The class a topic label names: a size class in persons employed as CBS writes it ("1 werkzaam persoon",
 * "3 tot 5 werkzame personen", "100 werkzame personen of meer", the third party's "100 of meer werkzame
 * personen"), the total, or a legal form. Undefined for any other topic.
 */
export function firmClassOf(topicLabel: string): FirmClass | undefined {
  const text = topicLabel.trim().replace(/\s+/g, ' ').toLowerCase();
  if (totals.has(text)) return { code: 'totaal', label: 'Totaal bedrijven' };
  if (Object.hasOwn(legalForms, text)) return legalForms[text];
  const single = /^(\d+) werkza(?:am|me) perso(?:on|nen)$/.exec(text);
  if (single) return sizeClass(Number(single[1]), Number(single[1]) + 1);
  const range = /^(\d+) tot (\d+) werkzame personen$/.exec(text);
  if (range && Number(range[1]) < Number(range[2])) return sizeClass(Number(range[1]), Number(range[2]));
  const open = /^(\d+) (?:werkzame personen of meer|of meer werkzame personen)$/.exec(text);
  if (open) return sizeClass(Number(open[1]), null);
  return undefined;
}

function sizeClass(from: number, to: number | null): FirmClass {
  const size = { from, to };
  if (to === null) return { code: `${from}+`, label: `${from} of meer werkzame personen`, size };
  if (to === from + 1) return { code: `${from}`, label: from === 1 ? '1 werkzaam persoon' : `${from} werkzame personen`, size };
  const label = `${from} tot ${to} werkzame personen${from === 0 && to === 250 ? ' (mkb)' : ''}`;
  return { code: `${from}-${to}`, label, size };
}

/** The persons-employed range of a size-class code (`1`, `3-5`, `100+`); undefined for totals and legal forms. */
export function sizeOfCode(code: string): FirmClass['size'] {
  const range = /^(\d+)(?:-(\d+)|(\+))?$/.exec(code);
  if (!range) return undefined;
  const from = Number(range[1]);
  return { from, to: range[3] ? null : range[2] !== undefined ? Number(range[2]) : from + 1 };
}
