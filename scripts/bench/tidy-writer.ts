import { closeSync, openSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import type { SourceRow, SourceTable } from '../import/source-table.ts';
import { writeNumberCell } from '../lib/format-number-cell.ts';
import type { Where } from '../lib/input-error.ts';

/**
 * The bench's tidy long CSV writer: `measure,<dims>,period,value,symbol,status`, one line per SourceRow,
 * written through a buffer of bytes with one writeSync per MiB. Values are the drop's number text
 * (formatNumberCell, written as digits straight into the buffer by writeNumberCell, with the measure's
 * Decimals as a hint), RFC 4180 quoting where a code needs it.
 *
 * Per line nothing is allocated: every line is put together by copying bytes made once,
 *   the measure (`Bedrijven_1`), made per measure;
 *   `,codes…,period,`, made per record (cbs-csv gives every topic of a record the same codes and period
 *     and one `where`; the codes part only when a code changes);
 *   `,symbol,status\n`, made per distinct pair;
 * 8 bytes at a time (see Part). The output is byte for byte what the string version of this writer gave
 * (`${measure},${codes},${period},${String(value)},${symbol},${status}\n` per row), with the drop's
 * number text, and quoting for the period, symbol and status too should they ever need it.
 */
export interface TidyWriter {
  onRow: (row: SourceRow, where: Where) => void;
  close: () => void;
  /** Input records seen (one `where` per record) and lines written, the header not counted. */
  readonly inputRows: number;
  readonly outputRows: number;
  /** Bytes written to the file. */
  readonly bytes: number;
}

const needsQuotes = /[",\n\r]/;
export const csvCell = (text: string): string => (needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * Bytes that are copied into many lines, also seen as 8-byte words: a DataView writes a word in one
 * inlined store, so a 24-byte part is 3 stores instead of a call to TypedArray.set (a memmove, but
 * ~15 ns per call) or 24 byte stores with their bounds checks. The last word may run up to 7 bytes past
 * the part; what comes next overwrites them (and the buffer keeps room for them).
 *
 * The words are float64s: the only 64-bit type V8 loads and stores without allocating. A double keeps
 * its bits through a load and a store unless it is a NaN, whose bits V8 may change; a NaN needs a top byte
 * 0x7F or 0xFF, which no ASCII text without DEL has. Other parts (non-ASCII codes) go byte by byte.
 */
interface Part {
  length: number;
  bytes: Uint8Array;
  /** The same memory, platform byte order; ceil(length / 8) of them are used. */
  words: Float64Array;
  /** ASCII without DEL: safe to copy as words. */
  words8: boolean;
}

function part(bytes: Uint8Array | string): Part {
  const source = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return partOf(source, source.length);
}

/** A part of `length` bytes starting with `source` (the rest is filled in by the caller). */
function partOf(source: Uint8Array, length: number): Part {
  const memory = new ArrayBuffer(Math.ceil(length / 8) * 8 + 8);
  const bytes = new Uint8Array(memory);
  bytes.set(source.subarray(0, length));
  return { length, bytes, words: new Float64Array(memory), words8: isPlainAscii(source, Math.min(length, source.length)) };
}

function isPlainAscii(bytes: Uint8Array, length: number): boolean {
  for (let i = 0; i < length; i++) if (bytes[i]! >= 127) return false;
  return true;
}

const LITTLE_ENDIAN = endianness() === 'LE';

/** Longest text writeNumberCell writes. */
const NUMBER_ROOM = 24;
const CHUNK = 1 << 20;

interface Topic {
  code: string;
  text: Part;
  decimals: number | undefined;
  /** The topic of the next row, most likely: cbs-csv gives a record's topics in metadata order. */
  next: Topic | undefined;
}

interface Tail {
  symbol: string | undefined;
  status: string;
  text: Part;
}

export function createTidyWriter(file: string, table: Pick<SourceTable, 'measures' | 'dimensions'>): TidyWriter {
  const fd = openSync(file, 'w');
  let buffer = Buffer.allocUnsafe(CHUNK);
  let view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let at = 0;
  let bytes = 0;
  let inputRows = 0;
  let outputRows = 0;

  const flush = () => {
    // A short write (disk full, a signal) goes on from where it stopped.
    for (let done = 0; done < at; ) done += writeSync(fd, buffer, done, at - done);
    bytes += at;
    at = 0;
  };

  /** Copies a part in at `at`, a word at a time. */
  const put = (text: Part) => {
    const end = at + text.length;
    if (text.words8) {
      const words = text.words;
      for (let i = 0, w = at; w < end; i++, w += 8) view.setFloat64(w, words[i]!, LITTLE_ENDIAN);
    } else {
      const source = text.bytes;
      for (let i = 0, w = at; w < end; i++, w++) buffer[w] = source[i]!;
    }
    at = end;
  };

  const dimensions = Object.keys(table.dimensions);
  const header = Buffer.from(`measure,${dimensions.map(csvCell).join(',')},period,value,symbol,status\n`, 'utf8');
  if (header.length > buffer.length) {
    buffer = Buffer.allocUnsafe(header.length + CHUNK);
    view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
  at = header.copy(buffer, 0);

  const topicList: Topic[] = Object.entries(table.measures).map(([code, info]) => ({
    code,
    text: part(csvCell(code)),
    decimals: info.decimals,
    next: undefined,
  }));
  for (const [k, topic] of topicList.entries()) topic.next = topicList[(k + 1) % topicList.length];
  const topics = new Map(topicList.map((topic) => [topic.code, topic]));
  let longestTopic = Math.max(0, ...topicList.map((t) => t.text.length));
  let expected = topicList[0];

  const tails: Tail[] = [];
  let longestTail = 0;
  let tail: Tail = { symbol: '', status: '', text: part('') }; // matches no row: the first row looks its tail up
  const findTail = (symbol: string | undefined, status: string): Tail => {
    for (const t of tails) if (t.symbol === symbol && t.status === status) return t;
    const made = { symbol, status, text: part(`,${symbol === undefined ? '' : csvCell(symbol)},${csvCell(status)}\n`) };
    tails.push(made);
    longestTail = Math.max(longestTail, made.text.length);
    return made;
  };

  // `,codes…,period,` of the current record; `codes` is its `,codes…,` part.
  const lastCodes: (string | undefined)[] = dimensions.map(() => undefined);
  let codes: Uint8Array = new Uint8Array(0);
  let middle = part('');
  let middleIsOwn = false;
  let lastWhere: Where | undefined;
  let lastPeriod: string | undefined;
  /** Flush before a line when `at` is past this: then the longest line fits, with 8 bytes to spare. */
  let limit = 0;

  const setMiddle = (row: SourceRow) => {
    let codesChanged = false;
    for (let d = 0; d < dimensions.length; d++) {
      const code = row.dims[dimensions[d]!]!;
      if (code !== lastCodes[d]) {
        lastCodes[d] = code;
        codesChanged = true;
      }
    }
    if (codesChanged) codes = Buffer.from(`,${lastCodes.map((code) => csvCell(code!)).join(',')},`, 'utf8');
    const period = row.period;
    // The usual period ("2023KW01": ASCII, nothing to quote) goes in after the codes, in place: the codes
    // are copied in only when they change, new memory only when it gets too small.
    const length = codes.length + period.length + 1;
    if (codesChanged || middle.length !== length || !middleIsOwn) {
      if (middle.bytes.length < length + 8 || !middleIsOwn) middle = partOf(codes, Math.max(length, 248));
      else middle.bytes.set(codes);
      middle.bytes.fill(0, codes.length); // no bytes of longer codes left behind in the last word
      middle.words8 = isPlainAscii(codes, codes.length);
      middleIsOwn = true;
    }
    middle.length = length;
    const target = middle.bytes;
    let m = codes.length;
    for (let i = 0; i < period.length; i++) {
      const c = period.charCodeAt(i);
      if (c >= 127 || c === 34 || c === 44 || c === 10 || c === 13) {
        middle = part(`${Buffer.from(codes).toString('utf8')}${csvCell(period)},`);
        middleIsOwn = false; // made for this period only
        m = -1;
        break;
      }
      target[m++] = c;
    }
    if (m >= 0) target[m] = 44; // ,
    const longestLine = longestTopic + middle.length + NUMBER_ROOM + Math.max(longestTail, 256) + 8;
    if (longestLine > buffer.length) {
      // A line longer than the buffer: grow it (flushing first keeps the order).
      flush();
      buffer = Buffer.allocUnsafe(longestLine + CHUNK);
      view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    limit = buffer.length - longestLine;
  };

  const onRow = (row: SourceRow, where: Where) => {
    if (where !== lastWhere || row.period !== lastPeriod) {
      if (where !== lastWhere) inputRows++; // one `where` per data record
      lastWhere = where;
      lastPeriod = row.period;
      setMiddle(row);
    }
    outputRows++;
    let topic = expected;
    if (topic === undefined || topic.code !== row.measure) {
      topic = topics.get(row.measure);
      if (topic === undefined) {
        // Not in table.measures (an adapter never does this): written all the same.
        topic = { code: row.measure, text: part(csvCell(row.measure)), decimals: undefined, next: undefined };
        topics.set(row.measure, topic);
        longestTopic = Math.max(longestTopic, topic.text.length);
        setMiddle(row); // recomputes `limit`
      }
    }
    expected = topic.next;
    if (row.symbol !== tail.symbol || row.status !== tail.status) {
      tail = findTail(row.symbol, row.status);
      if (tail.text.length > 256) setMiddle(row); // recomputes `limit` for this long tail
    }
    if (at > limit) flush();
    put(topic.text);
    put(middle);
    if (row.value !== null) at = writeNumberCell(row.value, topic.decimals, buffer, at);
    put(tail.text);
  };

  return {
    onRow,
    close() {
      flush();
      closeSync(fd);
    },
    get inputRows() {
      return inputRows;
    },
    get outputRows() {
      return outputRows;
    },
    get bytes() {
      return bytes;
    },
  };
}
