/**
 * Who published a figure, from where it was published: a registry of publishers by web host. A single
 * figure's publisher is the owner of the page in its `source_url` (an NVB press release is NVB's figure,
 * even when it repeats CBS), so every host a figure comes from must be listed here; an unknown host stops
 * `npm run data` instead of being guessed. Only CBS and DNB publish under a licence the site passes on.
 */

/** The licence of CBS and DNB data (their open-data terms). */
export const openLicence = 'CC BY 4.0';

export interface Publisher {
  /** How the site cites the publisher: "CBS", "NVB", "ANP". */
  name: string;
  /** Hosts whose pages are the publisher's; a subdomain counts ("cms.staatvanhetmkb.nl"). Without "www.". */
  hosts: readonly string[];
  /** "CC BY 4.0" for CBS and DNB; null: the site quotes the figure, it has no licence to pass on. */
  licence: typeof openLicence | null;
}

export const publishers: readonly Publisher[] = [
  // staatvanhetmkb.nl is CBS's own site about the mkb.
  { name: 'CBS', hosts: ['cbs.nl', 'staatvanhetmkb.nl'], licence: openLicence },
  { name: 'DNB', hosts: ['dnb.nl'], licence: openLicence },
  { name: 'NVB', hosts: ['nvb.nl'], licence: null },
  { name: 'ESB', hosts: ['esb.nu'], licence: null },
  { name: 'Banken.nl', hosts: ['banken.nl'], licence: null },
  { name: 'Banknieuws', hosts: ['banknieuws.info'], licence: null },
  // Welingelichte Kringen republishes ANP's news wire.
  { name: 'ANP', hosts: ['welingelichtekringen.nl'], licence: null },
  { name: 'Bedrijvenbeleid in beeld', hosts: ['bedrijvenbeleidinbeeld.nl'], licence: null },
  { name: 'NU.nl', hosts: ['nu.nl'], licence: null },
  { name: 'Accountancy Vanmorgen', hosts: ['accountancyvanmorgen.nl'], licence: null },
  { name: 'Blik op nieuws', hosts: ['blikopnieuws.nl'], licence: null },
  { name: 'IEX', hosts: ['iex.nl'], licence: null },
  { name: 'Eindhovens Dagblad', hosts: ['ed.nl'], licence: null },
  { name: 'RTL Nieuws', hosts: ['rtlnieuws.nl'], licence: null },
  { name: 'Medische Vacaturebank', hosts: ['medischevacaturebank.nl'], licence: null },
  { name: 'CM', hosts: ['cmweb.nl'], licence: null },
  { name: 'De Telegraaf', hosts: ['telegraaf.nl'], licence: null },
];

/** A URL whose host no publisher of the registry owns (or that is no URL): the build must not guess. */
export class UnknownPublisherError extends Error {
  constructor(
    readonly url: string,
    readonly host: string | undefined,
  ) {
    super(
      host === undefined
        ? `not an http(s) URL: ${JSON.stringify(url)}`
        : `no publisher is registered for the host ${host} (add it to src/lib/provenance/publishers.ts)`,
    );
    this.name = 'UnknownPublisherError';
  }
}

/** "nvb.nl" for "https://www.nvb.nl/nieuws/…"; undefined for anything but an http(s) URL. */
export function siteOf(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.hostname.toLowerCase().replace(/^www\./, '');
}

const owns = (registered: string, host: string) => host === registered || host.endsWith(`.${registered}`);

/** The publisher that owns `host` (exactly or as a subdomain), or undefined. */
export function publisherOfHost(host: string): Publisher | undefined {
  return publishers.find((p) => p.hosts.some((h) => owns(h, host)));
}

/** The registered site a host belongs to: "staatvanhetmkb.nl" for "cms.staatvanhetmkb.nl". */
export function registeredSite(publisher: Publisher, host: string): string {
  return publisher.hosts.find((h) => owns(h, host)) ?? host;
}

/** The publisher of the page at `url`; an unknown host or a non-URL throws UnknownPublisherError. */
export function publisherOfUrl(url: string): Publisher {
  const host = siteOf(url);
  const found = host === undefined ? undefined : publisherOfHost(host);
  if (!found) throw new UnknownPublisherError(url, host);
  return found;
}

/** A source record names no publisher of the registry (a collection of single figures, or an unknown one). */
export class UnknownSourcePublisherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnknownSourcePublisherError';
  }
}

/** The publisher called `name` in the registry; anything else throws (a source record names its publisher). */
export function publisherNamed(name: string): Publisher {
  const found = publishers.find((p) => p.name === name);
  if (!found) throw new UnknownSourcePublisherError(`no publisher named ${JSON.stringify(name)} in src/lib/provenance/publishers.ts`);
  return found;
}
