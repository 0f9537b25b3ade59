import { describe, expect, test } from 'vitest';
import { figureAttribution, sourceAttribution } from '../../../src/lib/provenance/attribution.ts';
import { publisherOfUrl, publishers, UnknownPublisherError } from '../../../src/lib/provenance/publishers.ts';

describe('the publisher registry', () => {
  // The hosts of the curated single figures, with the publisher the site must cite (PROVENANCE.md).
  test.each([
    ['https://cms.staatvanhetmkb.nl/nieuws/x/', 'CBS', 'CBS (staatvanhetmkb.nl)'],
    ['https://www.cbs.nl/nl-nl/nieuws/2015/50/x', 'CBS', 'CBS (cbs.nl)'],
    ['https://dashboards.cbs.nl/v4/Financieringsmonitor/', 'CBS', 'CBS (cbs.nl)'],
    ['https://opendata.cbs.nl/statline/#/CBS/nl/dataset/82244NED/table', 'CBS', 'CBS (cbs.nl)'],
    ['https://www.nvb.nl/nieuws/de-mythe-ontkracht/', 'NVB', 'NVB (nvb.nl)'],
    ['https://esb.nu/beperkte-aansluiting/', 'ESB', 'ESB (esb.nu)'],
    ['https://banken.nl/nieuws/7629/x', 'Banken.nl', 'Banken.nl'],
    ['https://banknieuws.info/2014/07/x.html?m=1', 'Banknieuws', 'Banknieuws (banknieuws.info)'],
    ['https://www.welingelichtekringen.nl/economie/x', 'ANP', 'ANP (welingelichtekringen.nl)'],
    [
      'https://www.bedrijvenbeleidinbeeld.nl/bouwstenen/x',
      'Bedrijvenbeleid in beeld',
      'Bedrijvenbeleid in beeld (bedrijvenbeleidinbeeld.nl)',
    ],
    ['https://www.nu.nl/ondernemen/5011394/x.html', 'NU.nl', 'NU.nl'],
    ['https://www.accountancyvanmorgen.nl/2019/10/09/x/', 'Accountancy Vanmorgen', 'Accountancy Vanmorgen (accountancyvanmorgen.nl)'],
  ])('%s → %s', (url, publisher, citation) => {
    const attribution = figureAttribution(url);
    expect(attribution).toEqual({ publisher, citation, url, licence: publisher === 'CBS' ? 'CC BY 4.0' : null, assembly: null });
  });

  test('CC BY 4.0 belongs to CBS and DNB only', () => {
    expect(publishers.filter((p) => p.licence !== null).map((p) => p.name)).toEqual(['CBS', 'DNB']);
  });

  test('an unknown host, a look-alike host or no URL stops the build instead of guessing', () => {
    expect(() => publisherOfUrl('https://example.org/cijfers')).toThrow(UnknownPublisherError);
    expect(() => publisherOfUrl('https://notcbs.nl/x')).toThrow(/no publisher is registered for the host notcbs\.nl/);
    expect(() => publisherOfUrl('https://cbs.nl.example.org/x')).toThrow(UnknownPublisherError);
    expect(() => publisherOfUrl('geen url')).toThrow(/not an http\(s\) URL/);
    expect(() => publisherOfUrl('ftp://cbs.nl/x')).toThrow(/not an http\(s\) URL/);
  });
});

describe('sourceAttribution', () => {
  const record = { tableId: '82242NED', title: 'Faillissementen; kerncijfers', url: 'https://opendata.cbs.nl/x' };

  test('CBS and DNB tables', () => {
    expect(sourceAttribution({ ...record, publisher: 'CBS' })).toMatchObject({
      publisher: 'CBS',
      citation: 'CBS, tabel 82242NED',
      licence: 'CC BY 4.0',
    });
    expect(
      sourceAttribution({
        publisher: 'DNB',
        tableId: 'dnb-x',
        title: 'Kernindicatoren monetaire statistieken (maand)',
        url: 'https://www.dnb.nl/x',
      }),
    ).toMatchObject({ publisher: 'DNB', citation: 'DNB, Kernindicatoren monetaire statistieken (maand)', licence: 'CC BY 4.0' });
  });

  test('a publication of CBS is cited by its name', () => {
    expect(sourceAttribution({ publisher: 'CBS (Financieringsmonitor)', tableId: 'fm', title: 'x', url: null })).toMatchObject({
      publisher: 'CBS',
      citation: 'CBS, Financieringsmonitor',
    });
  });

  test('a third-party assembly of CBS figures: CBS is the publisher, the assembly is named', () => {
    const panel = sourceAttribution({
      publisher: 'derde partij (samengesteld met cbsodata uit CBS-tabel 85612)',
      tableId: 'ondernemersvertrouwen-kwartaal',
      title: 'x',
      url: null,
    });
    expect(panel).toEqual({
      publisher: 'CBS',
      citation: 'CBS, tabel 85612, samengesteld door een derde partij',
      url: null,
      licence: 'CC BY 4.0',
      assembly: 'derde partij (samengesteld met cbsodata uit CBS-tabel 85612)',
    });
    const firms = sourceAttribution({
      publisher: 'derde partij (cbsodata-export van CBS-tabel 81589NED)',
      tableId: '81589NED',
      title: 'Bedrijven; bedrijfstak',
      url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/81589NED/table',
    });
    expect(firms).toMatchObject({ publisher: 'CBS', citation: 'CBS, tabel 81589NED, samengesteld door een derde partij' });
  });

  test('a publisher the registry does not know stops the build', () => {
    expect(() => sourceAttribution({ ...record, publisher: 'CBS / staatvanhetmkb.nl' })).toThrow(/no publisher named/);
    expect(() => sourceAttribution({ ...record, publisher: 'derde partij (onbekend)', url: null, tableId: 'x' })).toThrow(
      /cannot tell whose/,
    );
  });
});
