import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTimes,
  symbolTriangle,
  symbolWye,
} from 'd3';

// The d3 symbols behind Plot's symbol names (the ones src/styles/tokens.ts uses).
const types: Record<string, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
  wye: symbolWye,
  times: symbolTimes,
};

/** SVG path of a chart symbol with radius `r` (as Plot draws it: area π r²), centred on 0,0. */
export function symbolPath(name: string, r: number): string {
  return symbol(types[name] ?? symbolCircle, Math.PI * r * r)() ?? '';
}
