/**
 * What happens to raw files on their way to a maintainer, as byte-level edits of one file. Every mutation
 * takes the file's bytes and a seeded random source and returns the new bytes and a short description
 * (what was cut, dropped, replaced, and where), so a failing case can be replayed and read.
 */
export type MutationKind =
  | 'truncate' // a download or copy cut short at a random byte
  | 'drop-line' // a line lost (a hand edit, a broken merge)
  | 'duplicate-line' // a line pasted twice
  | 'swap-lines' // two neighbouring lines in the other order (a spreadsheet sort)
  | 'swap-delimiter' // ; ↔ , everywhere (a spreadsheet saved in the other locale)
  | 'nul-byte' // a NUL byte (a disk or transfer error)
  | 'ctrl-z' // 0x1A, the DOS end-of-file mark
  | 'invalid-utf8' // a byte no UTF-8 text has (0xFF)
  | 'lone-continuation' // a UTF-8 continuation byte without its lead (0x80)
  | 'digit-to-letter' // a digit of a number typed as a letter (0 → O, 1 → l)
  | 'toggle-bom' // the BOM stripped, or one added (Excel adds one)
  | 'line-endings' // LF → CRLF, or CRLF → LF (Windows, git autocrlf)
  | 'latin1' // saved again as Windows-1252
  | 'blank-lines' // blank lines in the middle and at the end
  | 'html-error-page' // the "download" was the server's error page
  | 'empty' // zero bytes
  | 'first-line-only' // the header (or title) and nothing else
  | 'concatenated' // the file appended to itself (a second download into the same file)
  | 'strip-quotes' // every double quote removed (a tool that "cleans" CSV)
  | 'trailing-spaces'; // a space before every line break (an editor's doing)

export interface Mutated {
  bytes: Buffer;
  /** Where and what, e.g. "cut at byte 1234 of 5678" or "dropped line 17". */
  detail: string;
}

type Random = () => number;
type Mutation = (bytes: Buffer, random: Random) => Mutated | undefined;

const LF = 0x0a;
const CR = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const pick = (random: Random, n: number) => Math.floor(random() * n);

/** Lines with their terminators (the last one may have none). */
export function splitLines(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(LF); i !== -1; i = bytes.indexOf(LF, i + 1)) {
    lines.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

const body = (line: Buffer) => {
  let end = line.length;
  if (line[end - 1] === LF) end--;
  if (line[end - 1] === CR) end--;
  return line.subarray(0, end);
};
const newlineOf = (lines: Buffer[]) => (lines.some((l) => l.length > 1 && l[l.length - 2] === CR) ? '\r\n' : '\n');

/** Replaces one byte at a random offset (after the BOM) by `byte`. */
function replaceByte(byte: number, name: string): Mutation {
  return (bytes, random) => {
    const start = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
    if (bytes.length <= start) return undefined;
    const at = start + pick(random, bytes.length - start);
    const out = Buffer.from(bytes);
    out[at] = byte;
    return { bytes: out, detail: `${name} at byte ${at} (was 0x${bytes[at]!.toString(16).padStart(2, '0')})` };
  };
}

// A number that is a whole field: between delimiters, quotes, a JSON colon or bracket and the line's ends.
const numberField = /(?<=(?:^|[;,:[])\s*"?\s*)-?\d+(?:[.,]\d+)*(?=\s*"?\s*(?:[;,\]}]|\r?$))/gm;

export const mutations: Record<MutationKind, Mutation> = {
  truncate: (bytes, random) => {
    if (bytes.length < 2) return undefined;
    const at = 1 + pick(random, bytes.length - 1);
    return { bytes: bytes.subarray(0, at), detail: `cut at byte ${at} of ${bytes.length}` };
  },
  'drop-line': (bytes, random) => {
    const lines = splitLines(bytes);
    const at = pick(random, lines.length);
    const kept = lines.filter((_, i) => i !== at);
    // The last line had no terminator: the new last line loses its own, as a real cut would leave it.
    if (at === lines.length - 1 && kept.length && body(lines[at]!).length === lines[at]!.length) kept[kept.length - 1] = body(kept.at(-1)!);
    return { bytes: Buffer.concat(kept), detail: `dropped line ${at + 1} of ${lines.length}` };
  },
  'duplicate-line': (bytes, random) => {
    const lines = splitLines(bytes);
    const at = pick(random, lines.length);
    const line = lines[at]!;
    const copy = Buffer.concat([body(line), Buffer.from(newlineOf(lines))]);
    const out = [...lines.slice(0, at), copy, ...lines.slice(at)];
    return { bytes: Buffer.concat(out), detail: `line ${at + 1} of ${lines.length} twice` };
  },
  'swap-lines': (bytes, random) => {
    const lines = splitLines(bytes);
    if (lines.length < 2) return undefined;
    const at = pick(random, lines.length - 1);
    const [a, b] = [lines[at]!, lines[at + 1]!];
    // Terminators stay where they were: only the lines' text changes places.
    const swapped = [Buffer.concat([body(b), a.subarray(body(a).length)]), Buffer.concat([body(a), b.subarray(body(b).length)])];
    return {
      bytes: Buffer.concat([...lines.slice(0, at), ...swapped, ...lines.slice(at + 2)]),
      detail: `lines ${at + 1} and ${at + 2} swapped`,
    };
  },
  'swap-delimiter': (bytes) => {
    const text = bytes.toString('latin1');
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const [from, to] = firstLine.includes(';') ? [';', ','] : [',', ';'];
    return { bytes: Buffer.from(text.replaceAll(from, to), 'latin1'), detail: `every ${from} made ${to}` };
  },
  'nul-byte': replaceByte(0x00, 'NUL'),
  'ctrl-z': replaceByte(0x1a, '0x1A'),
  'invalid-utf8': replaceByte(0xff, '0xFF'),
  'lone-continuation': replaceByte(0x80, '0x80'),
  'digit-to-letter': (bytes, random) => {
    const text = bytes.toString('latin1');
    const digits: number[] = [];
    for (const m of text.matchAll(numberField)) for (let i = 0; i < m[0].length; i++) if (/\d/.test(m[0][i]!)) digits.push(m.index + i);
    if (digits.length === 0) return undefined;
    const at = digits[pick(random, digits.length)]!;
    const letter = text[at] === '1' ? 'l' : 'O';
    const out = Buffer.from(bytes);
    out[at] = letter.charCodeAt(0);
    return { bytes: out, detail: `digit ${text[at]} at byte ${at} made ${letter}` };
  },
  'toggle-bom': (bytes) =>
    bytes.subarray(0, 3).equals(BOM)
      ? { bytes: bytes.subarray(3), detail: 'BOM stripped' }
      : { bytes: Buffer.concat([BOM, bytes]), detail: 'BOM added' },
  'line-endings': (bytes) => {
    const text = bytes.toString('latin1');
    return text.includes('\r\n')
      ? { bytes: Buffer.from(text.replaceAll('\r\n', '\n'), 'latin1'), detail: 'CRLF → LF' }
      : { bytes: Buffer.from(text.replaceAll('\n', '\r\n'), 'latin1'), detail: 'LF → CRLF' };
  },
  latin1: (bytes) => {
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    // Only files with text beyond ASCII change: the others are the same bytes in both encodings.
    if (!/[^ -~\s]/.test(text)) return undefined;
    const latin1 = [...text].map((c) => (c.charCodeAt(0) > 0xff ? '?' : c)).join('');
    return { bytes: Buffer.from(latin1, 'latin1'), detail: 'saved as Windows-1252' };
  },
  'blank-lines': (bytes, random) => {
    const lines = splitLines(bytes);
    const at = 1 + pick(random, Math.max(1, lines.length - 1));
    const nl = Buffer.from(newlineOf(lines));
    const last = lines.at(-1)!;
    const tail = body(last).length === last.length ? [nl, nl] : [nl];
    return {
      bytes: Buffer.concat([...lines.slice(0, at), nl, ...lines.slice(at), ...tail]),
      detail: `a blank line before line ${at + 1}, and at the end`,
    };
  },
  'html-error-page': () => ({
    bytes: Buffer.from(
      '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1></body></html>\n',
    ),
    detail: 'an HTML error page',
  }),
  empty: () => ({ bytes: Buffer.alloc(0), detail: 'zero bytes' }),
  'first-line-only': (bytes) => {
    const lines = splitLines(bytes);
    return lines.length < 2 ? undefined : { bytes: lines[0]!, detail: `line 1 of ${lines.length} only` };
  },
  concatenated: (bytes) => ({ bytes: Buffer.concat([bytes, bytes]), detail: 'the file twice in a row' }),
  'strip-quotes': (bytes) => {
    const text = bytes.toString('latin1');
    return text.includes('"') ? { bytes: Buffer.from(text.replaceAll('"', ''), 'latin1'), detail: 'every " removed' } : undefined;
  },
  'trailing-spaces': (bytes) => {
    const text = bytes.toString('latin1');
    return { bytes: Buffer.from(text.replace(/(\r?\n)/g, ' $1'), 'latin1'), detail: 'a space before every line break' };
  },
};

/** How many cases of each kind a file gets (kinds with random positions get more than one). */
export const casesPerKind: Record<MutationKind, number> = {
  truncate: 3,
  'drop-line': 3,
  'duplicate-line': 2,
  'swap-lines': 1,
  'swap-delimiter': 1,
  'nul-byte': 1,
  'ctrl-z': 1,
  'invalid-utf8': 1,
  'lone-continuation': 1,
  'digit-to-letter': 2,
  'toggle-bom': 1,
  'line-endings': 1,
  latin1: 1,
  'blank-lines': 1,
  'html-error-page': 1,
  empty: 1,
  'first-line-only': 1,
  concatenated: 1,
  'strip-quotes': 1,
  'trailing-spaces': 1,
};
