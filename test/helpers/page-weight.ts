import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHtml, urlToFile } from './dist.ts';

/** Bytes after gzip at its highest level (what a static host's compression is at most). */
export const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** A JS file and every file it statically imports, resolved inside dist/. */
function jsClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*["']([^"']+\.m?js)["']/g)) {
    const target = match[1]!.startsWith('/') ? urlToFile(match[1]!) : join(dirname(file), match[1]!);
    if (target && existsSync(target)) jsClosure(target, seen);
  }
  return seen;
}

export interface PageWeight {
  url: string;
  htmlGz: number;
  /** Stylesheets Astro inlined into the HTML (already counted in htmlGz). */
  inlineCssGz: number;
  cssGz: number;
  /** External scripts with their imports, plus inline scripts (those also counted in htmlGz). */
  jsGz: number;
  /** HTML + stylesheets + external scripts: what a first visit transfers. */
  totalGz: number;
}

/** What a first visit to a page transfers, gzipped: the HTML, its stylesheets, its scripts and their imports. */
export function weigh(url: string, file: string): PageWeight {
  const html = readFileSync(file, 'utf8');
  const document = parseHtml(html);
  const resolve = (href: string | null) => (href ? urlToFile(new URL(href, `http://site.invalid${url}`).pathname) : undefined);
  const css = new Set<string>();
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const target = resolve(link.getAttribute('href'));
    if (target) css.add(target);
  }
  const js = new Set<string>();
  for (const element of document.querySelectorAll('script[src], link[rel="modulepreload"][href]')) {
    const target = resolve(element.getAttribute('src') ?? element.getAttribute('href'));
    if (target) jsClosure(target, js);
  }
  const inline = [...document.querySelectorAll('script:not([src])')]
    .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
    .map((script) => script.textContent ?? '')
    .join('\n');
  const inlineCss = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  const htmlGz = gzipped(html);
  const cssGz = [...css].reduce((sum, path) => sum + gzipped(readFileSync(path)), 0);
  const externalJs = [...js].reduce((sum, path) => sum + gzipped(readFileSync(path)), 0);
  return {
    url,
    htmlGz,
    inlineCssGz: inlineCss ? gzipped(inlineCss) : 0,
    cssGz,
    jsGz: externalJs + (inline ? gzipped(inline) : 0),
    totalGz: htmlGz + cssGz + externalJs,
  };
}
