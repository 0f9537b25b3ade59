/**
 * Tooltips and a crosshair for the charts, on hover and on keyboard focus. The page is complete without
 * this script: the overlay buttons and links (built at build time from the chart's rows) carry the same
 * text as their aria-label, and every number is in the table. Arrow keys move between points (roving tabindex);
 * Escape hides the tooltip.
 */

function setUp(frame: HTMLElement): void {
  const points = [...frame.querySelectorAll<HTMLElement>('.chart-point')];
  if (points.length === 0) return;
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
    const cx = Number(point.dataset['cx'] ?? 0);
    const cy = Number(point.dataset['cy'] ?? 0);
    tooltip.textContent = point.getAttribute('aria-label');
    tooltip.hidden = false;
    const column = point.classList.contains('chart-point-column');
    crosshair.hidden = !column;
    tooltip.classList.toggle('tooltip-below', !column);
    if (column) {
      crosshair.style.left = `${cx}%`;
      crosshair.style.top = point.style.top;
      crosshair.style.height = point.style.height;
    }
    // Keep the tooltip inside the chart: place it, then shift it back if it sticks out.
    const width = frame.clientWidth;
    const x = (cx / 100) * width;
    tooltip.style.left = '0px';
    const tipWidth = tooltip.offsetWidth;
    const left = Math.min(Math.max(0, x - tipWidth / 2), Math.max(0, width - tipWidth));
    tooltip.style.left = `${left}px`;
    const top = column
      ? (cy / 100) * frame.clientHeight
      : ((Number.parseFloat(point.style.top) + Number.parseFloat(point.style.height)) / 100) * frame.clientHeight;
    tooltip.style.top = `${top}px`;
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

document.querySelectorAll<HTMLElement>('.chart-frame').forEach(setUp);
