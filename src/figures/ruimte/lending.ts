/** DNB's business lending series (non-financial corporations) as generated series keys. */
const dnb = 'dnb-csv/dnb-kernindicatoren-monetaire-statistieken-maand';
const sector = 'niet-financiele-bedrijven';

export const lending = {
  outstanding: `${dnb}|uitstaande-bedragen|${sector}`,
  newContracts: `${dnb}|nieuwe-contracten|${sector}`,
  rateUpTo025: `${dnb}|rente-op-nieuwe-contracten-tot-0-25-mln|${sector}`,
  rate025To1: `${dnb}|rente-op-nieuwe-contracten-boven-0-25-mln-en-tot-1-mln|${sector}`,
  rateAbove1: `${dnb}|rente-op-nieuwe-contracten-boven-1-mln|${sector}`,
  rateOutstanding: `${dnb}|rente-op-uitstaande-leningen|${sector}`,
} as const;
