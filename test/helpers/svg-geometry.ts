/** How many numbers each SVG path command takes per repetition. */
const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

/**
 * The extent (width, height) of the points a path's `d` visits: endpoints and control points, which is
 * enough to tell a drawn shape from one that collapses to a point. Undefined when `d` does not parse.
 */
export function pathExtent(d: string): { width: number; height: number } | undefined {
  const tokens = d.match(/[a-zA-Z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g);
  if (!tokens || !/^[mM]$/.test(tokens[0] ?? '')) return undefined;
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let i = 0;
  while (i < tokens.length) {
    const command = tokens[i++]!;
    const lower = command.toLowerCase();
    const size = arity[lower];
    if (size === undefined) return undefined;
    const relative = command === lower;
    if (size === 0) {
      [x, y] = [startX, startY];
      continue;
    }
    let first = true;
    do {
      const args = tokens.slice(i, i + size).map(Number);
      if (args.length < size || args.some((n) => !Number.isFinite(n))) return undefined;
      i += size;
      const [baseX, baseY] = relative ? [x, y] : [0, 0];
      if (lower === 'h') x = baseX + args[0]!;
      else if (lower === 'v') y = baseY + args[0]!;
      else {
        // Control points of curves count too; for arcs only the endpoint (the last two numbers) is a point.
        const pairs = lower === 'a' ? [args.slice(5)] : chunk(args, 2);
        for (const [px, py] of pairs.slice(0, -1)) {
          xs.push(baseX + px!);
          ys.push(baseY + py!);
        }
        const end = pairs.at(-1)!;
        [x, y] = [baseX + end[0]!, baseY + end[1]!];
      }
      xs.push(x);
      ys.push(y);
      if (lower === 'm' && first) [startX, startY] = [x, y];
      first = false;
    } while (i < tokens.length && !/^[a-zA-Z]$/.test(tokens[i]!));
  }
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function chunk(values: number[], size: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);

/** Whether a path, circle, rect or line element draws something with a size (not a point, not NaN). */
export function hasGeometry(element: Element): boolean {
  switch (element.tagName.toLowerCase()) {
    case 'path': {
      const extent = pathExtent(element.getAttribute('d') ?? '');
      return extent !== undefined && (extent.width > 0 || extent.height > 0);
    }
    case 'circle':
      return number(element, 'r') > 0;
    case 'rect':
      return number(element, 'width') > 0 && number(element, 'height') > 0;
    case 'line':
      return number(element, 'x1') !== number(element, 'x2') || number(element, 'y1') !== number(element, 'y2');
    default:
      return false;
  }
}
