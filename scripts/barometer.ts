/**
 * `npm run barometer -- <file.csv> [--input raw|clock|composite] [--lambda N] [--filter hp|cf]`
 *
 * Reads a long, comma-separated CSV (`indicator,period,value`; for composite input `period,value`) with
 * canonical period codes (YYYYKWnn; YYYYMMnn too for raw input) and decimal-point values, computes the
 * MKBarometer (src/lib/barometer) and prints one JSON object per quarter to stdout: B (`level`), ΔB (`change`,
 * the mean change of the indicators with a value this quarter and last), the weather, the indicators, how many
 * B rests on, and which indicators `joined` or `left` the set since last quarter. Indicators left out and
 * data left out are warned about on stderr. Bad input stops the run with `error: <file, line, column>: …`
 * and exit code 1.
 */
import { pathToFileURL } from 'node:url';
import type { BarometerInput, BarometerQuarter, IndicatorValue, PeriodValue } from '../src/lib/barometer/index.ts';
import { computeBarometer, indicatorById, indicatorIds, isIndicatorId } from '../src/lib/barometer/index.ts';
import { type PeriodKind, parsePeriodCode } from '../src/lib/period.ts';
import { type NumberFormat, parseCbsNumber } from './lib/cbs-number.ts';
import { commandLineOutcome, parseCommandLine, UsageError } from './lib/command-line.ts';
import { streamCsv } from './lib/csv-stream.ts';
import { InputError } from './lib/input-error.ts';

type InputKind = BarometerInput['kind'];

interface CliOptions {
  file: string;
  input: InputKind;
  lambda?: number;
  filter?: 'hp' | 'cf';
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const usage = 'usage: npm run barometer -- <file.csv> [--input raw|clock|composite] [--lambda N] [--filter hp|cf]';
const valueFormat: NumberFormat = { locale: 'dot', symbols: {}, blank: 'refuse' };
const inputKinds: readonly InputKind[] = ['raw', 'clock', 'composite'];

/** Runs the command with its arguments (without `node script`); returns the exit code. */
export async function runBarometerCli(args: readonly string[], io: CliIo): Promise<number> {
  let file = '';
  try {
    const options = barometerOptions(args);
    file = options.file;
    const input = await readBarometerCsv(options.file, options.input);
    const barometer = computeBarometer(input, { lambda: options.lambda, filter: options.filter });
    for (const { id, reason } of barometer.excluded) io.stderr(`warning: ${id} left out: ${reason}\n`);
    for (const { id, note } of barometer.notes) io.stderr(`warning: ${id}: ${note}\n`);
    io.stdout(`${JSON.stringify(barometer.quarters.map(orderedKeys), null, 2)}\n`);
    return 0;
  } catch (error) {
    const outcome = commandLineOutcome(error, usage);
    if (outcome) {
      if (outcome.stdout !== undefined) io.stdout(`${outcome.stdout}\n`);
      if (outcome.stderr !== undefined) io.stderr(`${outcome.stderr}\n`);
      return outcome.code;
    }
    // The library's own refusals (RangeError) are checked here first; one slipping through still gets no stack.
    if (error instanceof RangeError) {
      io.stderr(`error: ${file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function barometerOptions(args: readonly string[]): CliOptions {
  const { values, positionals } = parseCommandLine(args, {
    input: { type: 'string', expects: 'raw, clock or composite', default: 'raw' },
    lambda: { type: 'string', expects: 'a number > 0, such as 1600' },
    filter: { type: 'string', expects: 'hp or cf' },
  });
  const input = inputKinds.find((k) => k === values.input);
  if (!input) throw new UsageError(`--input must be raw, clock or composite, got ${JSON.stringify(values.input)}`);
  let lambda: number | undefined;
  if (values.lambda !== undefined) {
    const parsed = parseCbsNumber(values.lambda, valueFormat)?.value;
    if (parsed === undefined || parsed === null || !(parsed > 0) || !Number.isFinite(parsed))
      throw new UsageError(`--lambda must be a number > 0, got ${JSON.stringify(values.lambda)}`);
    lambda = parsed;
  }
  const { filter } = values;
  if (filter !== undefined && filter !== 'hp' && filter !== 'cf')
    throw new UsageError(`--filter must be hp or cf, got ${JSON.stringify(filter)}`);
  const [file, ...more] = positionals;
  if (file === undefined) throw new UsageError('no CSV file given');
  if (more.length > 0) throw new UsageError(`one file only, got ${JSON.stringify(file)} and ${JSON.stringify(more[0])}`);
  if (lambda !== undefined && filter === 'cf') throw new UsageError('--lambda belongs to the hp filter, not to cf');
  return { file, input, lambda, filter };
}

/**
 * Reads the long CSV for one input kind, refusing (InputError with file, line, column and value) a wrong
 * header, a wrong number of fields, an unknown indicator, an unknown or unaccepted period code, a value that
 * is not a decimal-point number (or not > 0 for a log-transformed indicator in raw input), a period given twice
 * for one series, and a raw series that mixes months and quarters.
 */
export async function readBarometerCsv(file: string, kind: InputKind): Promise<BarometerInput> {
  const header = kind === 'composite' ? ['period', 'value'] : ['indicator', 'period', 'value'];
  const accepted: readonly PeriodKind[] = kind === 'raw' ? ['quarter', 'month'] : ['quarter'];
  const firstLine = new Map<string, number>(); // series + period → line
  const seriesKind = new Map<string, { kind: PeriodKind; line: number }>();
  const rows: IndicatorValue[] = [];
  const composite: PeriodValue[] = [];
  let sawHeader = false;

  await streamCsv(file, {
    delimiter: ',',
    onRecord({ fields, line }) {
      if (!sawHeader) {
        sawHeader = true;
        const names = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f));
        if (names.join(',') !== header.join(',')) {
          throw new InputError({ file, line }, `wrong header for ${kind} input:`, fields.join(','), `exactly ${header.join(',')}`);
        }
        return;
      }
      if (fields.length !== header.length) {
        throw new InputError({ file, line }, `${fields.length} fields instead of ${header.length}:`, fields.join(','), header.join(','));
      }
      const [indicatorText, periodText, valueText] =
        kind === 'composite' ? ['', fields[0]!, fields[1]!] : [fields[0]!, fields[1]!, fields[2]!];

      let indicator: IndicatorValue['indicator'] | undefined;
      if (kind !== 'composite') {
        if (!isIndicatorId(indicatorText)) {
          throw new InputError(
            { file, line, column: 'indicator' },
            'unknown indicator',
            indicatorText,
            `one of ${indicatorIds.join(', ')}`,
          );
        }
        indicator = indicatorText;
      }

      const period = parsePeriodCode(periodText);
      if (!period) {
        throw new InputError(
          { file, line, column: 'period' },
          'unknown period code',
          periodText,
          kind === 'raw' ? 'a quarter YYYYKWnn or a month YYYYMMnn' : 'a quarter YYYYKWnn',
        );
      }
      if (!accepted.includes(period.kind)) {
        throw new InputError(
          { file, line, column: 'period' },
          `a ${period.kind} cannot be ${kind} input:`,
          periodText,
          kind === 'raw' ? 'a quarter YYYYKWnn or a month YYYYMMnn' : 'a quarter YYYYKWnn (months are accepted in raw input only)',
        );
      }

      const series = indicator ?? 'composite';
      const key = `${series} ${period.code}`;
      const earlier = firstLine.get(key);
      if (earlier !== undefined) {
        throw new InputError(
          { file, line, column: 'period' },
          `duplicate period for ${series} (first on line ${earlier}):`,
          periodText,
          'each period once per series',
        );
      }
      firstLine.set(key, line);
      const known = seriesKind.get(series);
      if (known && known.kind !== period.kind) {
        throw new InputError(
          { file, line, column: 'period' },
          `${series} mixes ${known.kind}s (line ${known.line}) and ${period.kind}s:`,
          periodText,
          `${known.kind}s only within one series`,
        );
      }
      if (!known) seriesKind.set(series, { kind: period.kind, line });

      const cell = parseCbsNumber(valueText, valueFormat);
      if (cell?.value === undefined || cell.value === null || !Number.isFinite(cell.value)) {
        throw new InputError({ file, line, column: 'value' }, 'not a number', valueText, 'a finite number with a decimal point (1234.5)');
      }
      if (kind === 'raw' && indicator && indicatorById(indicator).transform === 'log' && !(cell.value > 0)) {
        throw new InputError(
          { file, line, column: 'value' },
          `${indicator} is taken as a logarithm, so its values must be > 0; found`,
          valueText,
          'a number > 0',
        );
      }

      if (indicator) rows.push({ indicator, period: period.code, value: cell.value });
      else composite.push({ period: period.code, value: cell.value });
    },
  });
  if (!sawHeader) throw new InputError({ file, line: 1 }, 'no header', undefined, header.join(','));
  return kind === 'composite' ? { kind, series: composite } : { kind, series: rows };
}

/** The quarter objects with their keys in the documented order. */
function orderedKeys(q: BarometerQuarter) {
  return {
    period: q.period,
    level: q.level,
    change: q.change,
    weather: q.weather,
    indicators: q.indicators.map((i) => ({ id: i.id, level: i.level, change: i.change, quadrant: i.quadrant })),
    used: q.used,
    of: q.of,
    joined: q.joined,
    left: q.left,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const code = await runBarometerCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
  process.exitCode = code;
}
