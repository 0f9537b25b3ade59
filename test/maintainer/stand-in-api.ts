import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

/** What the stand-in does wrong, on purpose, for requests whose path ends with `path`. */
export interface Fault {
  path: string;
  kind: 'status-503' | 'hang' | 'truncate' | 'cut' | 'html';
  /** Only this page of a paged entity set (1-based). */
  page?: number;
  /** How many matching requests get the fault; then it answers normally. Default: all of them. */
  times?: number;
}

export interface StandInOptions {
  /** Table id → folder of `<EntitySet>.json` files (the shape of ../shared/sources/cbs-odata-v4). */
  tables: Record<string, string>;
  /** Other files served at `<base>/<name>` (the DNB export). */
  files?: Record<string, string>;
  /** Observations per page; pages are linked with `@odata.nextLink` (…/Observations?$skip=n). */
  pageSize?: number;
  faults?: Fault[];
}

export interface StandIn {
  /** What `--base` gets: `http://127.0.0.1:<port>/odata/v1/CBS`. */
  base: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /** Requests whose path ends with `suffix`. */
  count(suffix: string): number;
  close(): Promise<void>;
}

const prefix = '/odata/v1/CBS/';

/** A stand-in for datasets.cbs.nl's OData v4 API on 127.0.0.1 (random port), serving fixture folders. */
export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const requests: string[] = [];
  const faults = (options.faults ?? []).map((fault) => ({ ...fault, left: fault.times ?? Infinity }));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const rest = url.pathname.startsWith(prefix) ? decodeURIComponent(url.pathname.slice(prefix.length)) : '';
    const [table = '', entitySet = ''] = rest.split('/');
    const skip = Number(url.searchParams.get('$skip') ?? 0);
    const page = options.pageSize ? Math.floor(skip / options.pageSize) + 1 : 1;
    const fault = faults.find((f) => f.left > 0 && url.pathname.endsWith(f.path) && (f.page === undefined || f.page === page));
    if (fault) fault.left--;
    if (fault?.kind === 'hang') return; // never answers; close() ends the socket
    if (fault?.kind === 'status-503') return send(response, 503, 'text/plain', 'Service Unavailable');
    if (fault?.kind === 'html') return send(response, 200, 'text/html', '<html><body>Onderhoud</body></html>');

    let body: string | undefined;
    const file = options.files?.[rest];
    if (file) body = readFileSync(file, 'utf8');
    else if (options.tables[table] && entitySet) {
      const path = join(options.tables[table], `${entitySet}.json`);
      let json: { value?: unknown[] } & Record<string, unknown>;
      try {
        json = JSON.parse(readFileSync(path, 'utf8'));
      } catch {
        return send(response, 404, 'application/json', JSON.stringify({ error: { message: `no entity set ${entitySet}` } }));
      }
      if (entitySet === 'Observations' && options.pageSize && Array.isArray(json.value)) {
        const rows = json.value.slice(skip, skip + options.pageSize);
        const next = new URL(url.href.replace('http://127.0.0.1', `http://127.0.0.1:${port()}`));
        next.searchParams.set('$skip', String(skip + options.pageSize));
        json = { ...json, value: rows, ...(skip + options.pageSize < json.value.length ? { '@odata.nextLink': next.href } : {}) };
      }
      body = JSON.stringify(json);
    }
    if (body === undefined) return send(response, 404, 'text/plain', 'Not Found');
    if (fault?.kind === 'truncate') return send(response, 200, 'application/json', body.slice(0, Math.floor(body.length / 2)));
    if (fault?.kind === 'cut') {
      // Promise the whole body, send half, then drop the connection.
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      response.write(body.slice(0, Math.floor(body.length / 2)), () => response.socket?.destroy());
      return;
    }
    send(response, 200, file ? 'text/csv' : 'application/json', body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = () => (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port()}${prefix.slice(0, -1)}`,
    requests,
    count: (suffix) => requests.filter((r) => r.split('?')[0]!.endsWith(suffix)).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
