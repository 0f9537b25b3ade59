/**
 * Switching a figure's view without a page load. Every view is a pre-rendered page and its choices are plain
 * links, so without this script a click loads that page. With it, a click fetches the view's page, swaps in
 * its parts (the elements marked data-view-part: title, chart, table, downloads), updates the choices in place
 * so the focus stays on the link, puts the view's address in the history and says what is shown in the
 * status line. Going back restores the previous view the same way. Anything unexpected: a normal page load.
 */
import { setUpCopyButtons } from './copy.ts';
import { setUpTooltips } from './tooltip.ts';

const pages = new Map<string, Promise<Document>>();

/** The view's page, fetched once (hovering or focusing a link starts it). */
function load(href: string): Promise<Document> {
  const url = href.replace(/#.*$/, '');
  let page = pages.get(url);
  if (!page) {
    page = fetch(url, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    });
    page.catch(() => pages.delete(url));
    pages.set(url, page);
  }
  return page;
}

const groupOf = (list: Element) => list.closest('.view-choice');

/** Brings the choice lists to those of `next`: same links in place (focus stays), others replaced. */
function syncChoices(controls: HTMLElement, next: Element): void {
  const lists = (root: ParentNode) =>
    new Map([...root.querySelectorAll('[data-view-choice]')].map((l) => [l.getAttribute('data-view-choice'), l]));
  const now = lists(controls);
  const wanted = lists(next);
  for (const [key, list] of now) if (!wanted.has(key)) groupOf(list)?.remove();
  for (const [key, target] of wanted) {
    const list = now.get(key);
    if (!list) {
      const group = groupOf(target);
      if (group) controls.querySelector('[data-view-status]')?.before(document.importNode(group, true));
      continue;
    }
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')];
    const targets = [...target.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')];
    if (links.length !== targets.length) {
      const focused = links.indexOf(document.activeElement as HTMLAnchorElement);
      list.replaceChildren(...[...target.children].map((child) => document.importNode(child, true)));
      if (focused >= 0) list.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')[Math.min(focused, targets.length - 1)]?.focus();
      continue;
    }
    links.forEach((link, i) => {
      const source = targets[i]!;
      link.href = source.href;
      link.textContent = source.textContent;
      if (source.hasAttribute('aria-current')) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
  }
}

async function show(controls: HTMLElement, href: string, push: boolean): Promise<void> {
  const next = await load(href);
  const nextControls = next.querySelector('[data-view-controls]');
  const parts = [...document.querySelectorAll<HTMLElement>('[data-view-part]')];
  const replacements = parts.map((part) => next.querySelector(`[data-view-part="${part.dataset['viewPart']}"]`));
  if (!nextControls || parts.length === 0 || replacements.some((r) => r === null)) throw new Error(`${href}: not a view of this figure`);
  for (const [i, part] of parts.entries()) part.replaceWith(document.importNode(replacements[i]!, true));
  const figure = document.querySelector('figure[data-figure]');
  const nextFigure = next.querySelector('figure[data-figure]');
  if (figure && nextFigure) figure.setAttribute('data-view', nextFigure.getAttribute('data-view') ?? '');
  syncChoices(controls, nextControls);
  document.title = next.title;
  if (push) history.pushState({ view: href }, '', href);
  const status = controls.querySelector('[data-view-status]');
  if (status) status.textContent = `Getoond: ${next.querySelector('h1')?.textContent?.trim() ?? next.title}.`;
  setUpTooltips();
  setUpCopyButtons();
}

function start(controls: HTMLElement): void {
  const linkOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-view-link]') : null);
  controls.addEventListener('click', (event) => {
    const link = linkOf(event);
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (link.getAttribute('aria-current') === 'page') return;
    show(controls, link.href, true).catch(() => window.location.assign(link.href));
  });
  const prefetch = (event: Event) => {
    const link = linkOf(event);
    if (link && link.getAttribute('aria-current') !== 'page') load(link.href).catch(() => undefined);
  };
  controls.addEventListener('pointerover', prefetch);
  controls.addEventListener('focusin', prefetch);
  history.replaceState({ view: window.location.href }, '', window.location.href);
  window.addEventListener('popstate', (event) => {
    if (!event.state?.view) return;
    show(controls, window.location.href, false).catch(() => window.location.reload());
  });
}

const controls = document.querySelector<HTMLElement>('[data-view-controls]');
if (controls) start(controls);
