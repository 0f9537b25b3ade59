// SITE_URL and BASE_PATH as astro.config.mjs and the URL helpers read them.
import { describe, expect, test } from 'vitest';
import { absoluteUrl, sitePath } from '../../../src/lib/pages/site.ts';
import { localOrigin, readOutDir, readSiteConfig } from '../../../src/lib/site-config.ts';

describe('readSiteConfig', () => {
  test.each([
    [{}, { origin: localOrigin, base: '/' }],
    [
      { SITE_URL: '', BASE_PATH: '' },
      { origin: localOrigin, base: '/' },
    ],
    [{ SITE_URL: 'https://example.org' }, { origin: 'https://example.org', base: '/' }],
    [{ SITE_URL: 'https://Example.org/' }, { origin: 'https://example.org', base: '/' }],
    [{ SITE_URL: 'http://127.0.0.1:8080' }, { origin: 'http://127.0.0.1:8080', base: '/' }],
    [{ BASE_PATH: '/staat-van-het-mkb/' }, { origin: localOrigin, base: '/staat-van-het-mkb/' }],
    [{ BASE_PATH: 'staat-van-het-mkb' }, { origin: localOrigin, base: '/staat-van-het-mkb/' }],
    [{ BASE_PATH: '/a//b' }, { origin: localOrigin, base: '/a/b/' }],
    [{ BASE_PATH: '/' }, { origin: localOrigin, base: '/' }],
  ])('%j → %j', (env, expected) => {
    expect(readSiteConfig(env)).toEqual(expected);
  });

  test.each([
    [{ SITE_URL: 'example.org' }, 'is not a URL'],
    [{ SITE_URL: 'ftp://example.org' }, 'must start with https://'],
    [{ SITE_URL: 'https://example.org/?x=1' }, 'origin only'],
    [{ SITE_URL: 'https://user:pw@example.org' }, 'origin only'],
    [{ SITE_URL: 'https://example.org/staat-van-het-mkb' }, 'set SITE_URL=https://example.org and BASE_PATH=/staat-van-het-mkb/'],
    [{ BASE_PATH: '/a/../b/' }, 'folder ".." is not allowed'],
    [{ BASE_PATH: '/met spatie/' }, 'folder "met spatie" is not allowed'],
    [{ BASE_PATH: '/a?b/' }, 'is not allowed'],
  ])('%j is refused: %s', (env, message) => {
    expect(() => readSiteConfig(env)).toThrow(message);
  });

  test('OUT_DIR, default dist/', () => {
    expect(readOutDir({})).toBe('./dist');
    expect(readOutDir({ OUT_DIR: '/tmp/x' })).toBe('/tmp/x');
  });
});

describe('sitePath and absoluteUrl', () => {
  test('a route starts with one slash; an absolute URL is made only of a path under the base', () => {
    expect(sitePath('/figuren/').endsWith('/figuren/')).toBe(true);
    expect(() => sitePath('figuren/')).toThrow('a route starts with one "/"');
    expect(() => sitePath('//elders.example/')).toThrow('a route starts with one "/"');
    expect(absoluteUrl(sitePath('/nieuw/'))).toMatch(/^https?:\/\/[^/]+\/(.+\/)?nieuw\/$/);
    expect(() => absoluteUrl('nieuw/')).toThrow('is not under the base');
  });
});
