import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/** The project root (two folders above this file). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Where the built site and the generated JSON live; SITE_DIST_DIR / SITE_GENERATED_DIR point the tests elsewhere. */
export const distDir = resolve(process.env['SITE_DIST_DIR'] ?? join(projectRoot, 'dist'));
export const generatedDir = resolve(process.env['SITE_GENERATED_DIR'] ?? join(projectRoot, 'src/generated'));

/**
 * Throws a message that says what to run when dist/ is missing, or older than the generated JSON its
 * tables must equal (then the numbers compared would be last build's).
 */
export function requireDist(): string {
  const home = join(distDir, 'index.html');
  if (!existsSync(home)) {
    throw new Error(`${distDir}/index.html does not exist: build the site first (npm run build, or npm test which builds it)`);
  }
  const built = statSync(home).mtimeMs;
  const newer = existsSync(generatedDir)
    ? readdirSync(generatedDir).filter((name) => name.endsWith('.json') && statSync(join(generatedDir, name)).mtimeMs > built)
    : [];
  if (newer.length > 0) {
    throw new Error(`dist/ is stale: ${newer.join(', ')} in ${generatedDir} changed after the last build; run npm run build`);
  }
  return distDir;
}

export interface Page {
  /** The site URL path: "/", "/figuren/", "/figuren/faillissementen/", "/404.html". */
  url: string;
  file: string;
}

/** Every HTML file in dist/, as site URLs, sorted. */
export function listPages(dir = requireDist()): Page[] {
  const pages: Page[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push({ url: fileToUrl(dir, path), file: path });
    }
  };
  walk(dir);
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}

function fileToUrl(dir: string, file: string): string {
  const path = `/${relative(dir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Figure pages: /figuren/<id>/ (exactly one level below /figuren/). */
export function figureId(url: string): string | undefined {
  return /^\/figuren\/([^/]+)\/$/.exec(url)?.[1];
}

/**
 * The file a site path is served from (directory → its index.html), or undefined. Query and hash are
 * ignored; paths that climb out of dist/ resolve to nothing.
 */
export function urlToFile(urlPath: string, dir = distDir): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  const file = resolve(dir, `.${path}`);
  if (file !== dir && !file.startsWith(dir + sep)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** A parsed page: linkedom's document for the HTML text. */
export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function readPage(page: Page): Document {
  return parseHtml(readFileSync(page.file, 'utf8'));
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  stop(): Promise<void>;
}

/**
 * Serves dist/ on 127.0.0.1 at a free port, like a static host: directories without a trailing slash
 * redirect to it, a directory serves its index.html, and a miss gets 404.html with status 404.
 */
export async function startServer(dir = requireDist()): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').replace(/[?#].*$/, '');
    const file = urlToFile(path, dir);
    if (file && !path.endsWith('/') && file.endsWith(`${sep}index.html`) && !path.endsWith('index.html')) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    const found = file !== undefined;
    const served = file ?? join(dir, '404.html');
    const raw = existsSync(served) ? readFileSync(served) : Buffer.from('Not found');
    const type = contentTypes[extname(served).toLowerCase()] ?? 'application/octet-stream';
    // Compress text as every static host does, so page weight and Lighthouse see what readers get.
    const gzip =
      /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /^(text\/|application\/(json|javascript)|image\/svg)/.test(type);
    const body = gzip ? gzipSync(raw) : raw;
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      'content-length': body.length,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Figure page URLs in the order /figuren/ links to them, then any it does not list. */
export function figureUrlsInListingOrder(dir = requireDist()): string[] {
  const figures = listPages(dir)
    .map((page) => page.url)
    .filter((url) => figureId(url) !== undefined);
  const listing = urlToFile('/figuren/', dir);
  const hrefs = listing
    ? [...parseHtml(readFileSync(listing, 'utf8')).querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '')
    : [];
  const listed = hrefs.map((href) => new URL(href, 'http://site.invalid/figuren/').pathname).filter((url) => figures.includes(url));
  return [...new Set([...listed, ...figures])];
}
