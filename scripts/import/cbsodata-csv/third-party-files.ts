import type { Provenance } from '../../../src/schemas/source-record.ts';

export interface ThirdPartyFile {
  provenance: Pick<Provenance, 'publisher' | 'title' | 'notes'>;
  /** Dimensions the file's author filtered on and then dropped as columns: dimension → the one label kept. */
  fixed: Record<string, string>;
}

/**
 * cbsodata CSVs that a third party wrote, by file stem. The files do not say who made them or what was
 * left out, so that is recorded here (from ../shared/sources/PROVENANCE.md) and cited with every figure.
 * A cbsodata file named other than `<table id>.csv` must be listed here.
 */
export const thirdPartyFiles: Record<string, ThirdPartyFile> = {
  '81589NED_bedrijven_grootteklasse_kwartaal_2007-2022': {
    provenance: {
      publisher: 'derde partij (cbsodata-export van CBS-tabel 81589NED)',
      title: 'Bedrijven; bedrijfstak (81589NED): alle economische activiteiten naar grootteklasse en rechtsvorm, 2007–2022 (derde partij)',
      notes: [
        'GEEN ruwe CBS-opname: een derde partij schreef in november 2022 de uitvoer van de cbsodata-client met pandas naar CSV (indexkolom, kolommen hernoemd naar Nederlandse labels, waarden als 987345.0)',
        'alleen A-U Alle economische activiteiten (de samensteller liet de kolom bedrijfstak weg) en zonder de kolommen 0 tot 50 en 0 tot 250 werkzame personen; de tabel van toen stopt bij 100 of meer werkzame personen',
      ],
    },
    fixed: { BedrijfstakkenBranchesSBI2008: 'A-U Alle economische activiteiten' },
  },
  '82522NED_faillissementen_provincies_2009-2022': {
    provenance: {
      publisher: 'derde partij (cbsodata-export van CBS-tabel 82522NED)',
      title: 'Faillissementen; bedrijven en instellingen, regio (82522NED): provincies, 2009 – september 2022 (derde partij)',
      notes: [
        'GEEN ruwe CBS-opname: een derde partij schreef in november 2022 een gefilterde uitvoer van de cbsodata-client naar CSV (indexkolom, waarden als 16.0)',
        'de samensteller haalde het achtervoegsel (PV) van de provincienamen af; Fryslân heet er Friesland',
        'Overijssel en Utrecht ontbreken: een fout in het filter van de samensteller, niet bij CBS',
      ],
    },
    fixed: {},
  },
};
