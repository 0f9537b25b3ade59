/** The MKBarometer and the mkb business-cycle clock: pure computation, no I/O (runs in scripts and pages). */

export type { Barometer, BarometerInput, BarometerMethod, BarometerOptions, BarometerQuarter, IndicatorValue } from './barometer.ts';
export { computeBarometer } from './barometer.ts';
export type { BandPass } from './cf-filter.ts';
export { cfCycle, quarterlyBand } from './cf-filter.ts';
export type { ClockOptions, ClockPoint, ClockSeries, Quadrant, TrendFilter } from './clock.ts';
export { clockPositions, clockSeries, quadrantOf, quadrants } from './clock.ts';
export type { ClockReading, CompositeLevel, CompositeReading, Weather } from './composite.ts';
export { clockReadings, compositeLevels, compositeReadings, weatherOf, weatherWords } from './composite.ts';
export { hpCycle, hpTrend, quarterlyLambda } from './hp-filter.ts';
export type { Indicator, IndicatorId } from './indicators.ts';
export { indicatorById, indicatorCount, indicatorIds, indicators, isIndicatorId } from './indicators.ts';
export type { PeriodValue, QuarterlySeries } from './quarterly.ts';
export { toQuarterly } from './quarterly.ts';
export { removeQuarterMeans } from './seasonal.ts';
