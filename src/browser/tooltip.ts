/**
 * Tooltips and a crosshair for the charts, on hover and on keyboard focus. The page is complete without
 * this script: the overlay buttons and links (built at build time from the chart's rows) carry the same
 * text as their aria-label, and every number is in the table. Arrow keys move between points (roving tabindex);
 * Escape hides the tooltip. One overlay serves the wide and the narrow rendering (src/lib/pages/overlay.ts):
 * each point carries its place in both, and the rendering shown decides which one counts.
 */

import { chartWidths } from '../styles/tokens.ts';

const wide = window.matchMedia(`(min-width: ${chartWidths.wideFrom}px)`);
const number = (element: HTMLElement, name: string) => Number.parseFloat(element.style.getPropertyValue(name)) || 0;

/** Columns reach from halfway to the previous period to halfway to the next, in each rendering. */
function widenColumns(overlay: HTMLElement, points: HTMLElement[]): void {
  for (const prefix of ['', 'n']) {
    const left = number(overlay, `--${prefix}l0`);
    const right = left + number(overlay, `--${prefix}w0`);
    const xs = points.map((point) => number(point, `--${prefix}x`));
    points.forEach((point, i) => {
      const from = i === 0 ? left : (xs[i - 1]! + xs[i]!) / 2;
      const to = i === xs.length - 1 ? right : (xs[i]! + xs[i + 1]!) / 2;
      point.style.setProperty(`--${prefix}l`, `${Math.max(left, Math.min(from, xs[i]!))}%`);
      point.style.setProperty(`--${prefix}w`, `${Math.max(to - from, 0)}%`);
    });
  }
}

function setUp(frame: HTMLElement): void {
  const overlay = frame.querySelector<HTMLElement>('.chart-overlay');
  const points = [...frame.querySelectorAll<HTMLElement>('.chart-point')];
  if (!overlay || points.length === 0 || frame.dataset['tooltips']) return;
  frame.dataset['tooltips'] = 'on';
  const column = overlay.classList.contains('chart-overlay-column');
  const cell = overlay.classList.contains('chart-overlay-cell');
  if (column) widenColumns(overlay, points);
  const tooltip = document.createElement('div');
  tooltip.className = 'tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.hidden = true;
  const crosshair = document.createElement('div');
  crosshair.className = 'crosshair';
  crosshair.setAttribute('aria-hidden', 'true');
  crosshair.hidden = true;
  frame.append(crosshair, tooltip);

  const show = (point: HTMLElement) => {
    const prefix = wide.matches ? '' : 'n';
    const top = number(overlay, `--${prefix}t`);
    // The anchor in percent of the rendering: a column's period on the plot's top edge, a row's or a cell's lower edge.
    const cx = column
      ? number(point, `--${prefix}x`)
      : cell
        ? number(point, `--${prefix}cl`) + number(point, `--${prefix}cw`) / 2
        : number(overlay, `--${prefix}l0`) + number(overlay, `--${prefix}w0`) / 2;
    const cy = column
      ? top
      : cell
        ? number(point, `--${prefix}ct`) + number(point, `--${prefix}ch`)
        : number(point, `--${prefix}y`) + number(overlay, `--${prefix}bh`);
    tooltip.textContent = point.getAttribute('aria-label');
    tooltip.hidden = false;
    crosshair.hidden = !column;
    tooltip.classList.toggle('tooltip-below', !column);
    if (column) {
      crosshair.style.left = `${cx}%`;
      crosshair.style.top = `${top}%`;
      crosshair.style.height = `${number(overlay, `--${prefix}h`)}%`;
    }
    // Keep the tooltip inside the chart: place it, then shift it back if it sticks out.
    const width = frame.clientWidth;
    const x = (cx / 100) * width;
    tooltip.style.left = '0px';
    const tipWidth = tooltip.offsetWidth;
    tooltip.style.left = `${Math.min(Math.max(0, x - tipWidth / 2), Math.max(0, width - tipWidth))}px`;
    tooltip.style.top = `${(cy / 100) * frame.clientHeight}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
    crosshair.hidden = true;
  };

  // Buttons share one tab stop (roving tabindex); links keep theirs, so Tab reaches each without this script.
  const move = (from: HTMLElement, to: HTMLElement | undefined) => {
    if (!to) return;
    if (from instanceof HTMLButtonElement) from.tabIndex = -1;
    if (to instanceof HTMLButtonElement) to.tabIndex = 0;
    to.focus();
  };

  points.forEach((point, i) => {
    point.addEventListener('focus', () => show(point));
    point.addEventListener('blur', hide);
    point.addEventListener('pointerenter', () => show(point));
    point.addEventListener('click', () => show(point));
    point.addEventListener('keydown', (event) => {
      const step: Record<string, number | undefined> = {
        ArrowRight: 1,
        ArrowDown: 1,
        ArrowLeft: -1,
        ArrowUp: -1,
        PageDown: 10,
        PageUp: -10,
      };
      if (event.key === 'Escape') {
        hide();
        return;
      }
      let target: number | undefined;
      if (event.key === 'Home') target = 0;
      else if (event.key === 'End') target = points.length - 1;
      else if (step[event.key] !== undefined) target = Math.min(points.length - 1, Math.max(0, i + (step[event.key] ?? 0)));
      if (target === undefined) return;
      event.preventDefault();
      move(point, points[target]);
    });
  });
  frame.addEventListener('pointerleave', () => {
    if (!frame.contains(document.activeElement)) hide();
  });
}

/** Every chart below `root` gets its tooltips (once: a chart that has them is left alone). */
export function setUpTooltips(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('.chart-frame').forEach(setUp);
}

setUpTooltips();
