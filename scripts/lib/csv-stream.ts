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

/**
 * Streams a CSV file through papaparse with physical line numbers, refusing files that are not UTF-8
 * (Latin-1 exports are a classic) and files with nothing in them but a BOM. Memory stays flat: papaparse
 * hands over the records of one chunk at a time. A record's line is the previous one's plus one plus the
 * line breaks inside its (quoted) fields.
 */
export function streamCsv(file: string, options: CsvOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    // fatal: a byte that is not UTF-8 throws instead of becoming U+FFFD; a leading BOM is dropped.
    const decoder = new TextDecoder('utf-8', { fatal: true });
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
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) byteLine++;
          push(text, this);
          done();
        } catch {
          done(latin1Error(file, byteLine, chunk));
        }
      },
      flush(done) {
        try {
          push(decoder.decode(), this);
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

    function push(text: string, stream: Transform) {
      if (text === '') return;
      if (!sawText && text.trim() !== '') sawText = true;
      stream.push(text);
    }

    const source = createReadStream(file);
    source.on('error', (error) =>
      fail(
        new InputError(
          { file },
          `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error.message})`,
          undefined,
          'a readable file',
        ),
      ),
    );
    const text = source.pipe(decode);
    text.on('error', fail);

    let line = 1; // line on which the next record starts
    // A chunk of records at a time (`chunk`, not `step`): the parser and the reader each running in
    // stretches is ~12% less CPU for the cbs-csv import than taking turns per record (npm run bench:import).
    Papa.parse(text as unknown as Readable as unknown as File, {
      delimiter: options.delimiter,
      skipEmptyLines: false,
      chunk(results) {
        const problem = results.errors[0];
        const rows = results.data as unknown as string[][];
        for (let r = 0; r < rows.length && !failed; r++) {
          const fields = rows[r]!;
          const record: CsvRecord = { fields, line };
          line += 1 + lineBreaksIn(fields);
          if (problem?.row === r) refuse(record, problem.message);
          else take(record);
        }
        if (problem && !failed) refuse({ fields: [], line }, problem.message);
      },
      complete() {
        if (!failed) resolve(records);
      },
      error: fail,
    });

    function take(record: CsvRecord) {
      const fields = record.fields;
      const last = fields.length - 1;
      if (fields[last]?.endsWith('\r')) fields[last] = fields[last].slice(0, -1); // CRLF in a LF file
      if (fields.length === 1 && fields[0] === '') return; // blank line
      try {
        options.onRecord(record);
        records++;
      } catch (error) {
        fail(error);
      }
    }

    function refuse(record: CsvRecord, problem: string) {
      // A header in the wrong delimiter often has stray quotes too: let the reader name that first.
      if (records === 0 || record.fields.length === 1) {
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
    }
  });
}

/** Line breaks inside a record's fields (quoted ones); its own line end is not among them. */
function lineBreaksIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) count++;
  return count;
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
