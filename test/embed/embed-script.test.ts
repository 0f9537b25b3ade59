// public/embed.js in a bare script context (no browser): which iframes it resizes, for a site at the root and
// one under a base path. The browser test (test/browser/embed.test.ts) runs it in Chromium on the real pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../helpers/dist.ts';

const code = readFileSync(join(projectRoot, 'public/embed.js'), 'utf8');

interface Frame {
  src: string;
  style: { height?: string };
  contentWindow: { asked: number; postMessage(message: unknown): void };
}

/** Loads embed.js from `script` on a host page holding iframes with these src URLs. */
function host(script: string, sources: string[]) {
  const frames: Frame[] = sources.map((src) => {
    const contentWindow = {
      asked: 0,
      postMessage(message: unknown) {
        if ((message as { type?: string }).type === 'mkb-embed:request-height') contentWindow.asked++;
      },
    };
    return { src, style: {}, contentWindow };
  });
  const listeners: ((event: unknown) => void)[] = [];
  const window = {
    location: { href: 'https://krant.example/artikel' },
    addEventListener(type: string, listener: (event: unknown) => void) {
      if (type === 'message') listeners.push(listener);
    },
  };
  const document = { currentScript: { src: script }, querySelector: () => null, getElementsByTagName: () => frames };
  runInNewContext(code, { window, document, URL });
  const post = (frame: Frame, origin: string, height = 480) => {
    for (const listener of listeners)
      listener({ origin, source: frame.contentWindow, data: { type: 'mkb-embed:height', id: 'x', height } });
    return frame.style.height;
  };
  return { frames, post };
}

describe('embed.js', () => {
  test('under a base path: resizes iframes of <base>embed/ only, not /embed/ elsewhere on the same origin', () => {
    const { frames, post } = host('https://example.org/staat-van-het-mkb/embed.js', [
      'https://example.org/staat-van-het-mkb/embed/faillissementen-per-maand/',
      'https://example.org/staat-van-het-mkb/embed/2026-07-17/vacatures-mkb/',
      'https://example.org/embed/faillissementen-per-maand/',
      'https://example.org/ander-project/embed/x/',
    ]);
    expect(frames.map((f) => f.contentWindow.asked)).toEqual([1, 1, 0, 0]);
    expect(post(frames[0]!, 'https://example.org')).toBe('480px');
    expect(post(frames[1]!, 'https://example.org', 333.2)).toBe('334px');
    expect(post(frames[2]!, 'https://example.org')).toBeUndefined();
    expect(post(frames[3]!, 'https://example.org')).toBeUndefined();
  });

  test('at the root: resizes iframes of /embed/ on its own origin; ignores other origins and odd heights', () => {
    const { frames, post } = host('https://example.org/embed.js', [
      'https://example.org/embed/faillissementen-per-maand/',
      'https://elders.example/embed/faillissementen-per-maand/',
    ]);
    expect(post(frames[0]!, 'https://elders.example')).toBeUndefined();
    expect(post(frames[0]!, 'https://example.org', -1)).toBeUndefined();
    expect(post(frames[0]!, 'https://example.org', 1e9)).toBeUndefined();
    expect(post(frames[0]!, 'https://example.org', 250)).toBe('250px');
    expect(post(frames[1]!, 'https://elders.example')).toBeUndefined();
  });
});
