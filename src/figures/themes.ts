/** The four themes of the dashboard (specs/DASHBOARD.md), each a page at /<id>/. */
export const themes = [
  {
    id: 'dynamiek',
    title: 'Dynamiek',
    description: 'Faillissementen, ook per provincie, oprichtingen en opheffingen, en het aantal bedrijven naar grootteklasse.',
    intro:
      'Hoeveel bedrijven gaan failliet, in welke provincie, hoeveel worden er opgericht of opgeheven, en hoe is het bedrijfsleven samengesteld? De maandcijfers over faillissementen van CBS gaan terug tot 1981, de cijfers per provincie tot 2009; het aantal bedrijven naar grootteklasse is er per kwartaal van 2007 tot en met 2022, het mkb per sector voor het 1e kwartaal van 2020. Over oprichtingen en opheffingen in het mkb zijn alleen losse, gepubliceerde cijfers beschikbaar.',
  },
  {
    id: 'productiviteit',
    title: 'Productiviteit en transities',
    description: 'Arbeidsproductiviteit naar bedrijfsgrootte, het aandeel van het mkb in de economie, omzet en bestedingen.',
    intro:
      'Hoe productief is het mkb vergeleken met het grootbedrijf, welk deel van de economie neemt het voor zijn rekening, en hoe ontwikkelen omzet, bbp en consumptie zich? De cijfers naar bedrijfsgrootte zijn losse gepubliceerde cijfers; omzet en bestedingen zijn lange reeksen van CBS.',
  },
  {
    id: 'ruimte-om-te-ondernemen',
    title: 'Ruimte om te ondernemen',
    description: 'Financiering en talent: vacatures naar bedrijfsgrootte en sector, kredietverlening, rente en de Financieringsmonitor.',
    intro:
      'Kunnen ondernemers het personeel en de financiering vinden die ze nodig hebben? Vacatures komen uit CBS-tabel 80472NED (met de grootteklassen van CBS), kredietverlening en rente uit de statistieken van DNB, en de financieringsbehoefte uit de Financieringsmonitor van CBS.',
  },
  {
    id: 'conjunctuur',
    title: 'Conjunctuur',
    description: 'Ondernemers- en consumentenvertrouwen, en de MKBarometer.',
    intro:
      'Hoe staat het mkb ervoor in de conjunctuur? Het vertrouwen van ondernemers en consumenten geeft een vroeg signaal; de MKBarometer vat twaalf indicatoren samen in één stand.',
  },
] as const;

export type ThemeId = (typeof themes)[number]['id'];
export type Theme = (typeof themes)[number];

export function themeById(id: string): Theme {
  const theme = themes.find((t) => t.id === id);
  if (!theme) throw new Error(`unknown theme ${id}`);
  return theme;
}
