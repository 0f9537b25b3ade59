/**
 * The one way bad input is refused: where (file, line or JSON path, column), what was found, and what was
 * expected. Commands print `message` and exit 1; nothing is written.
 */
export interface Where {
  file: string;
  /** 1-based physical line in the file, when the input is line-oriented. */
  line?: number;
  /** Column name (and position) when known. */
  column?: string;
  /** JSON path such as `$.value[12].Perioden`, for JSON input. */
  path?: string;
}

export class InputError extends Error {
  constructor(
    readonly where: Where,
    readonly problem: string,
    readonly value: string | undefined,
    readonly expected: string,
  ) {
    super(formatInputError(where, problem, value, expected));
    this.name = 'InputError';
  }
}

function formatInputError(where: Where, problem: string, value: string | undefined, expected: string): string {
  const place = [where.file];
  if (where.line !== undefined) place.push(`line ${where.line}`);
  if (where.path !== undefined) place.push(where.path);
  if (where.column !== undefined) place.push(`column ${where.column}`);
  const found = value === undefined ? '' : ` ${JSON.stringify(truncate(value))}`;
  return `${place.join(', ')}: ${problem}${found}; expected ${expected}`;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
