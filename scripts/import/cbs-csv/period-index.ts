import { comparePeriodCodes } from '../../../src/lib/period.ts';
import type { PeriodStatus } from '../../../src/lib/provisional.ts';
import { InputError, type Where } from '../../lib/input-error.ts';
import { describePeriodForms, parsePeriod } from '../../lib/period-grammar.ts';

/**
 * Period code → dense index and status, from the metadata's Perioden block.
 *
 * The metadata can be older than the data (80472NED: the data has 2023KW03, the metadata stops at
 * 2023KW02). Decision: a code the metadata does not list is accepted only when it is a canonical CBS
 * code later than every listed period; its status is 'onbekend' and `onUnlisted` is told once, so the
 * adapter can say so in the provenance notes. Any other unlisted code is refused.
 */
export class PeriodIndex {
  private readonly index = new Map<string, number>();
  private readonly codes: string[] = [];
  private readonly statuses: PeriodStatus[] = [];
  private readonly latest: string | undefined;

  constructor(
    periods: readonly { code: string; status: PeriodStatus }[],
    private readonly metadataFile: string,
    private readonly onUnlisted: (code: string) => void,
  ) {
    for (const { code, status } of periods) this.add(code, status);
    this.latest = periods
      .map((p) => p.code)
      .reduce<string | undefined>((a, b) => (a === undefined || comparePeriodCodes(b, a) > 0 ? b : a), undefined);
  }

  /** Number of periods known so far (listed ones first). */
  get count(): number {
    return this.statuses.length;
  }

  status(index: number): PeriodStatus {
    return this.statuses[index]!;
  }

  /**
   * The index of a known `code`, undefined for a code not seen yet (then ask lookup()). Tries the period
   * after `previous` first, without hashing: a data file lists a series' periods in order.
   */
  findAfter(previous: number, code: string): number | undefined {
    return this.codes[previous + 1] === code ? previous + 1 : this.index.get(code);
  }

  /** The index of `code`, adding an acceptable unlisted period; refuses the rest at `where`. */
  lookup(code: string, where: Where): number {
    const known = this.index.get(code);
    if (known !== undefined) return known;
    if (parsePeriod(code, ['cbs-code'])?.code !== code) {
      throw new InputError(where, 'not a CBS period code:', code, describePeriodForms(['cbs-code']));
    }
    if (this.latest === undefined || comparePeriodCodes(code, this.latest) <= 0) {
      throw new InputError(
        where,
        `period not listed in the metadata (${this.metadataFile}) and not later than its last period ${this.latest ?? '(none)'}:`,
        code,
        "a period listed in the metadata's Perioden block",
      );
    }
    this.onUnlisted(code);
    return this.add(code, 'onbekend');
  }

  private add(code: string, status: PeriodStatus): number {
    const at = this.statuses.length;
    this.index.set(code, at);
    this.codes.push(code);
    this.statuses.push(status);
    return at;
  }
}
