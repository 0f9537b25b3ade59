import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { type Readable, Transform } from 'node:stream';
import Papa from 'papaparse';
import { InputError } from './input-error.ts';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line on which the record starts. */
  line: number;
}

export interface CsvOptions {
  delimiter: ',' | ';';
  /** Called for every record (the header too), in order; throwing stops the read with that error. */
  onRecord: (record: CsvRecord) => void;
}

/** Records handed to onRecord at a time (see streamCsv). */
const BATCH = 256;

/**
 * Streams a CSV file through papaparse with physical line numbers, refusing files that are not UTF-8
 * (Latin-1 exports are a classic) and files with nothing in them but a BOM. Memory stays flat: only the
 * unparsed tail of the current chunk is kept for counting lines, and at most BATCH records waiting for
 * onRecord (see below).
 */
export function streamCsv(file: string, options: CsvOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const decoder = new Utf8StreamDecoder();
    let pending = ''; // decoded text from `pendingStart` on; papaparse's cursor has passed `pending[0..at)`
    let pendingStart = 0;
    let at = 0;
    let line = 1; // line of the character at `pending[at]`
    let byteLine = 1;
    let sawText = false;
    let failed = false;
    let records = 0;

    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      source.destroy();
      reject(error);
    };

    // Records reach the reader in batches: papaparse gives them one by one (step), they wait here with
    // their line, and every BATCH of them go to onRecord in one go. Same records, same order, same first
    // error; only later. Running the parser and the reader each in stretches keeps their code and data in
    // the CPU caches (the reader can be as much work per record as the parser): ~10% faster for cbs-csv.
    const queue: CsvRecord[] = [];
    const problems: (string | undefined)[] = [];
    let queued = 0;

    const drain = () => {
      for (let i = 0; i < queued; i++) {
        if (!failed) take(queue[i]!, problems[i]);
        queue[i] = undefined as unknown as CsvRecord; // let the fields go
      }
      queued = 0;
    };

    const take = (record: CsvRecord, problem: string | undefined) => {
      const fields = record.fields;
      if (problem !== undefined) {
        // A header in the wrong delimiter often has stray quotes too: let the reader name that first.
        if (records === 0 || fields.length === 1) {
          try {
            options.onRecord(record);
          } catch (error) {
            fail(error);
            return;
          }
        }
        fail(
          new InputError(
            { file, line: record.line },
            `the CSV is malformed (${problem})`,
            undefined,
            'properly quoted fields ("a ""quoted"" value")',
          ),
        );
        return;
      }
      const last = fields.length - 1;
      const lastField = fields[last];
      if (lastField !== undefined && lastField.charCodeAt(lastField.length - 1) === 13) fields[last] = lastField.slice(0, -1); // CRLF in a LF file
      if (fields.length === 1 && fields[0] === '') return; // blank line
      try {
        options.onRecord(record);
        records++;
      } catch (error) {
        fail(error);
      }
    };

    const decode = new Transform({
      readableObjectMode: true,
      transform(chunk: Buffer, _encoding, done) {
        try {
          const text = decoder.decode(chunk);
          countBytesLines(chunk);
          push(text, this);
          done();
        } catch (error) {
          done(error instanceof InputError ? error : latin1Error(file, byteLine, chunk));
        }
      },
      flush(done) {
        try {
          push(decoder.end(), this);
          if (!sawText)
            throw new InputError(
              { file, line: 1 },
              'the file is empty (no header, no rows)',
              undefined,
              `a ${options.delimiter === ';' ? 'semicolon' : 'comma'}-separated header line`,
            );
          done();
        } catch (error) {
          done(error instanceof InputError ? error : latin1Error(file, byteLine));
        }
      },
    });

    function countBytesLines(chunk: Buffer) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) byteLine++;
    }

    function push(text: string, stream: Transform) {
      if (text === '') return;
      if (!sawText && text.trim() !== '') sawText = true;
      pending = at === 0 ? pending + text : pending.slice(at) + text;
      pendingStart += at;
      at = 0;
      stream.push(text);
    }

    const source = createReadStream(file);
    // On an error of the file or its decoding, the records read before it still go first (drain).
    source.on('error', (error) => {
      drain();
      fail(
        new InputError(
          { file },
          `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error.message})`,
          undefined,
          'a readable file',
        ),
      );
    });
    const text = source.pipe(decode);
    text.on('error', (error) => {
      drain();
      fail(error);
    });

    let cursor = 0;
    Papa.parse(text as unknown as Readable as unknown as File, {
      delimiter: options.delimiter,
      skipEmptyLines: false,
      step(result) {
        if (failed) return;
        const start = cursor;
        cursor = result.meta.cursor;
        // Lines before this record start: count newlines between the last cursor and this record's start.
        queue[queued] = { fields: result.data as unknown as string[], line: advance(start) };
        problems[queued] = result.errors.length > 0 ? result.errors[0]!.message : undefined;
        if (++queued === BATCH) drain();
      },
      complete() {
        drain();
        if (!failed) resolve(records);
      },
      error(error: Error) {
        drain();
        fail(error);
      },
    });

    // Moves the line counter to `offset` (absolute, in decoded characters) and returns that line,
    // skipping a leading newline left by the previous record's terminator. Moves an index instead of
    // slicing `pending` per record; push() drops the passed text when the next chunk arrives.
    function advance(offset: number): number {
      const upto = offset - pendingStart;
      if (upto > at) {
        for (let i = pending.indexOf('\n', at); i !== -1 && i < upto; i = pending.indexOf('\n', i + 1)) line++;
        at = upto;
      }
      for (let c = pending.charCodeAt(at); c === 13 || c === 10; c = pending.charCodeAt(++at)) {
        if (c === 10) line++;
      }
      return line;
    }
  });
}

/**
 * What `new TextDecoder('utf-8', { fatal: true })` does with decode(chunk, { stream: true }) and a final
 * decode(), five times faster: the bytes are checked with isUtf8() and decoded with toString('utf8') (both
 * simdutf in Node), after holding back an unfinished sequence at the end of a chunk. Throws where the
 * TextDecoder throws: as soon as the bytes seen cannot be UTF-8, so a trailing sequence is held back only
 * while it can still become valid; at the end when one is left over. Drops a leading BOM as it does (the
 * first character given out, when it is U+FEFF: the bytes EF BB BF at the very start).
 */
class Utf8StreamDecoder {
  private held: Buffer | undefined;
  private first = true;

  decode(chunk: Buffer): string {
    const bytes = this.held ? Buffer.concat([this.held, chunk]) : chunk;
    const end = bytes.length - unfinishedTail(bytes);
    if (!isUtf8(end === bytes.length ? bytes : bytes.subarray(0, end)))
      throw new TypeError('The encoded data was not valid for encoding utf-8');
    this.held = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
    // The BOM is left out of the bytes rather than sliced off the text: one U+FEFF would make the whole
    // text two bytes a character, and the rest of the file with it (the parser carries on the last line).
    const start = this.first && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    if (end > 0) this.first = false;
    return bytes.toString('utf8', start, end);
  }

  end(): string {
    if (this.held) throw new TypeError('The encoded data was not valid for encoding utf-8');
    return '';
  }
}

/**
 * How many bytes at the end of `bytes` are the start of a sequence that the next bytes may still complete
 * (1–3); 0 when there is none, or when those bytes can no longer become valid UTF-8 (isUtf8 refuses them).
 */
function unfinishedTail(bytes: Buffer): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const lead = bytes[n - back]!;
    if (lead >= 0x80 && lead < 0xc0) continue; // a continuation byte: look further back
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length <= back) return 0; // ASCII, an invalid lead, or a complete sequence
    // The second byte's range depends on the lead (no overlongs, no surrogates, nothing above U+10FFFF).
    if (back >= 2) {
      const second = bytes[n - back + 1]!;
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

function latin1Error(file: string, chunkLine: number, chunk?: Buffer): InputError {
  let line = chunkLine;
  let value: string | undefined;
  const bad = chunk ? firstInvalidUtf8(chunk) : -1;
  if (chunk && bad >= 0) {
    for (let i = chunk.indexOf(10); i !== -1 && i < bad; i = chunk.indexOf(10, i + 1)) line++;
    value = `byte 0x${chunk[bad]!.toString(16).toUpperCase()}`;
  }
  return new InputError(
    { file, line },
    'the file is not valid UTF-8 (a Latin-1 or Windows-1252 export?): found',
    value,
    'UTF-8 text; save the file again as UTF-8',
  );
}

/** Index of the first byte that does not start a valid UTF-8 sequence; -1 when all are valid. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return -1; // the sequence continues in the next chunk
      if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return -1;
}
