import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
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

/**
 * Streams a CSV file through papaparse with physical line numbers, refusing files that are not UTF-8
 * (Latin-1 exports are a classic) and files with nothing in them but a BOM. Memory stays flat: only the
 * unparsed tail of the current chunk is kept for counting lines.
 */
export function streamCsv(file: string, options: CsvOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
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

    const decode = new Transform({
      readableObjectMode: true,
      transform(chunk: Buffer, _encoding, done) {
        try {
          const text = decoder.decode(chunk, { stream: true });
          countBytesLines(chunk);
          push(text, this);
          done();
        } catch (error) {
          done(error instanceof InputError ? error : latin1Error(file, byteLine, chunk));
        }
      },
      flush(done) {
        try {
          push(decoder.decode(), this);
          if (!sawText) throw new InputError({ file, line: 1 }, 'the file is empty (no header, no rows)', undefined, `a ${options.delimiter === ';' ? 'semicolon' : 'comma'}-separated header line`);
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
    source.on('error', (error) => fail(new InputError({ file }, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error.message})`, undefined, 'a readable file')));
    const text = source.pipe(decode);
    text.on('error', fail);

    let cursor = 0;
    Papa.parse(text as unknown as Readable as unknown as File, {
      delimiter: options.delimiter,
      skipEmptyLines: false,
      step(result) {
        if (failed) return;
        const start = cursor;
        cursor = result.meta.cursor;
        // Lines before this record start: count newlines between the last cursor and this record's start.
        const recordLine = advance(start);
        const fields = result.data as unknown as string[];
        if (result.errors.length > 0) {
          // A header in the wrong delimiter often has stray quotes too: let the reader name that first.
          if (records === 0 || fields.length === 1) {
            try {
              options.onRecord({ fields, line: recordLine });
            } catch (error) {
              fail(error);
              return;
            }
          }
          const problem = result.errors[0]!;
          fail(new InputError({ file, line: recordLine }, `the CSV is malformed (${problem.message})`, undefined, 'properly quoted fields ("a ""quoted"" value")'));
          return;
        }
        const last = fields.length - 1;
        const lastField = fields[last];
        if (lastField !== undefined && lastField.charCodeAt(lastField.length - 1) === 13) fields[last] = lastField.slice(0, -1); // CRLF in a LF file
        if (fields.length === 1 && fields[0] === '') return; // blank line
        try {
          options.onRecord({ fields, line: recordLine });
          records++;
        } catch (error) {
          fail(error);
        }
      },
      complete() {
        if (!failed) resolve(records);
      },
      error(error: Error) {
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

function latin1Error(file: string, chunkLine: number, chunk?: Buffer): InputError {
  let line = chunkLine;
  let value: string | undefined;
  const bad = chunk ? firstInvalidUtf8(chunk) : -1;
  if (chunk && bad >= 0) {
    for (let i = chunk.indexOf(10); i !== -1 && i < bad; i = chunk.indexOf(10, i + 1)) line++;
    value = `byte 0x${chunk[bad]!.toString(16).toUpperCase()}`;
  }
  return new InputError({ file, line }, 'the file is not valid UTF-8 (a Latin-1 or Windows-1252 export?): found', value, 'UTF-8 text; save the file again as UTF-8');
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
