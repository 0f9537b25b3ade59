import { comparePeriodCodes, parsePeriodCode } from '../../src/lib/period.ts';
import type { PeriodStatus } from '../../src/lib/provisional.ts';
import type { LinkReport } from '../../src/schemas/barometer-file.ts';
import { chainLink, summariseOverlap } from './chain-link.ts';
import type { LinkRule } from './links.ts';

/** A drop's observation as far as linking needs it. */
export interface ObservedPoint {
  period: string;
  value: number | null;
  status: PeriodStatus;
}

/** A linked quarter: its value, the status of the successor's figure it rests on, and that successor's source id. */
export interface LinkedPoint {
  period: string;
  value: number;
  status: PeriodStatus;
  linked: string;
}

/**
 * Links one base series with its successor's quarters (`chainLink`). Only quarters take part. Nothing is
 * linked when the base's newest quarter has no value (the link would bridge a gap) or the successor does not
 * continue right after it; `report` is then undefined and `linked` empty.
 */
export function linkSeries(
  rule: LinkRule,
  base: readonly ObservedPoint[],
  successor: readonly ObservedPoint[],
): { linked: LinkedPoint[]; report: LinkReport | undefined } {
  const quarters = (points: readonly ObservedPoint[]) =>
    points.filter((p) => parsePeriodCode(p.period)?.kind === 'quarter').sort((a, b) => comparePeriodCodes(a.period, b.period));
  const baseQuarters = quarters(base);
  if (baseQuarters.at(-1)?.value === null) return { linked: [], report: undefined };
  const valued = (points: ObservedPoint[]) => points.flatMap((p) => (p.value === null ? [] : [{ period: p.period, value: p.value }]));
  const successorQuarters = quarters(successor);
  const result = chainLink(valued(baseQuarters), { kind: rule.successor.kind, points: valued(successorQuarters) }, rule.decimals);
  if (result.linkQuarter === null) return { linked: [], report: undefined };
  const status = new Map(successorQuarters.map((p) => [p.period, p.status]));
  const linked = result.points
    .filter((p) => p.linked)
    .map((p) => ({ period: p.period, value: p.value, status: status.get(p.period) ?? 'onbekend', linked: rule.successor.source }));
  return {
    linked,
    report: {
      successor: rule.successor.source,
      kind: rule.successor.kind,
      linkQuarter: result.linkQuarter,
      first: linked[0]!.period,
      last: linked.at(-1)!.period,
      count: linked.length,
      overlap: result.overlap,
      summary: summariseOverlap(result.overlap) ?? null,
    },
  };
}
