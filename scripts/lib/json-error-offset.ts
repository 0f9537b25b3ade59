/**
 * Where a JSON text first goes wrong, as a character offset (text.length when it ends too early), or -1
 * when it is valid. JSON.parse's messages name a position only sometimes and differ between Node
 * versions, so a refusal that must name line and column finds the place itself; this runs only after
 * JSON.parse has already failed.
 */
export function jsonErrorOffset(text: string): number {
  try {
    const end = scanValue(text, skipSpace(text, 0));
    const rest = skipSpace(text, end);
    return rest < text.length ? rest : -1;
  } catch (error) {
    if (error instanceof StopAt) return error.offset;
    throw error;
  }
}

class StopAt {
  constructor(readonly offset: number) {}
}

const numberPattern = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const hex = /^[0-9a-fA-F]{4}$/;

function skipSpace(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t') i++;
  return i;
}

/** Scans one value starting at `at` (no leading space) and returns the offset just after it. */
function scanValue(text: string, at: number): number {
  const c = text[at];
  if (c === '{') return scanContainer(text, at, '}', true);
  if (c === '[') return scanContainer(text, at, ']', false);
  if (c === '"') return scanString(text, at);
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, at)) return at + word.length;
  }
  numberPattern.lastIndex = at;
  if (numberPattern.test(text)) return numberPattern.lastIndex;
  throw new StopAt(at);
}

function scanContainer(text: string, at: number, close: '}' | ']', keyed: boolean): number {
  let i = skipSpace(text, at + 1);
  if (text[i] === close) return i + 1;
  for (;;) {
    if (keyed) {
      if (text[i] !== '"') throw new StopAt(i);
      i = skipSpace(text, scanString(text, i));
      if (text[i] !== ':') throw new StopAt(i);
      i = skipSpace(text, i + 1);
    }
    i = skipSpace(text, scanValue(text, i));
    if (text[i] === close) return i + 1;
    if (text[i] !== ',') throw new StopAt(i);
    i = skipSpace(text, i + 1);
  }
}

function scanString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c < ' ') throw new StopAt(i);
    if (c !== '\\') {
      i++;
      continue;
    }
    const e = text[i + 1];
    if (e !== undefined && escapes.has(e)) i += 2;
    else if (e === 'u' && hex.test(text.slice(i + 2, i + 6))) i += 6;
    else throw new StopAt(i);
  }
  throw new StopAt(text.length);
}
