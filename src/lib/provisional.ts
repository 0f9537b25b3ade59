import type { z } from 'astro/zod';
import type { periodStatus } from '../schemas/observation.ts';

/**
 * Provisional periods, in one place: which statuses CBS may still revise, the markers StatLine files
 * put after a period or a value, and how the charts' keys name the marking (open symbol, dashed line).
 */
export type PeriodStatus = z.infer<typeof periodStatus>;

/** The statuses of a period that CBS may still revise. */
export const provisionalStatuses = ['voorlopig', 'nader voorlopig'] as const satisfies readonly PeriodStatus[];
export type ProvisionalStatus = (typeof provisionalStatuses)[number];

/** Whether a period's status is not final. */
export function isProvisional(status: string | undefined): status is ProvisionalStatus {
  return provisionalStatuses.includes(status as ProvisionalStatus);
}

/** CBS's markers in StatLine labels and cells: `*` voorlopig, `**` nader voorlopig. */
export const provisionalMarkers = { '*': 'voorlopig', '**': 'nader voorlopig' } as const satisfies Record<string, ProvisionalStatus>;

/** The status a marker stands for; undefined for no marker or any other text. */
export function markerStatus(marker: string | undefined): ProvisionalStatus | undefined {
  return marker !== undefined && Object.hasOwn(provisionalMarkers, marker)
    ? provisionalMarkers[marker as keyof typeof provisionalMarkers]
    : undefined;
}

/** The entry in a chart's key that explains the marking of provisional periods. */
export const provisionalKeyLabel = 'voorlopig (open symbool, gestreepte lijn)';
