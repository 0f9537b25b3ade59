import { consumentenvertrouwen } from './conjunctuur/consumentenvertrouwen.ts';
import { ondernemersvertrouwen } from './conjunctuur/ondernemersvertrouwen.ts';
import { faillissementenMkb } from './dynamiek/faillissementen-mkb.ts';
import { faillissementenPerJaar, faillissementenPerKwartaal, faillissementenPerMaand } from './dynamiek/faillissementen-per-periode.ts';
import { faillissementenProvincie } from './dynamiek/faillissementen-provincie.ts';
import { groeiBedrijven } from './dynamiek/groei-bedrijven.ts';
import { mkbAfbakeningen } from './dynamiek/mkb-afbakeningen.ts';
import { mkbGrootbedrijfSector } from './dynamiek/mkb-grootbedrijf-sector.ts';
import { oprichtingenOpheffingenMkb } from './dynamiek/oprichtingen-opheffingen-mkb.ts';
import { samenstellingMkb } from './dynamiek/samenstelling-mkb.ts';
import type { FigureSpec } from './figure-spec.ts';
import { aandeelMkb } from './productiviteit/aandeel-mkb.ts';
import { arbeidsproductiviteitGrootteklasse } from './productiviteit/arbeidsproductiviteit-grootteklasse.ts';
import { bbpConsumptie } from './productiviteit/bbp-consumptie.ts';
import { bbpConsumptieNiveau } from './productiviteit/bbp-consumptie-niveau.ts';
import { omzetDetailhandel } from './productiviteit/omzet-detailhandel.ts';
import { omzetHandelDiensten } from './productiviteit/omzet-handel-diensten.ts';
import { productiviteitSector } from './productiviteit/productiviteit-sector.ts';
import { productiviteitsgroeiGrootteklasse } from './productiviteit/productiviteitsgroei-grootteklasse.ts';
import { bankkredietMkb } from './ruimte/bankkrediet-mkb.ts';
import { financieringsbehoefte } from './ruimte/financieringsbehoefte.ts';
import { financieringsmonitor } from './ruimte/financieringsmonitor.ts';
import { kredietverlening } from './ruimte/kredietverlening.ts';
import { renteLeningen } from './ruimte/rente-leningen.ts';
import { vacaturesGrootteklasse } from './ruimte/vacatures-grootteklasse.ts';
import { vacaturesMkb } from './ruimte/vacatures-mkb.ts';
import { vacaturesSector } from './ruimte/vacatures-sector.ts';
import type { ThemeId } from './themes.ts';

/** Every figure of the dashboard, in the order the theme pages list them. */
export const figures: readonly FigureSpec[] = [
  faillissementenPerMaand,
  faillissementenPerKwartaal,
  faillissementenPerJaar,
  faillissementenMkb,
  faillissementenProvincie,
  oprichtingenOpheffingenMkb,
  samenstellingMkb,
  groeiBedrijven,
  mkbGrootbedrijfSector,
  mkbAfbakeningen,
  arbeidsproductiviteitGrootteklasse,
  productiviteitsgroeiGrootteklasse,
  productiviteitSector,
  aandeelMkb,
  omzetHandelDiensten,
  omzetDetailhandel,
  bbpConsumptie,
  bbpConsumptieNiveau,
  vacaturesGrootteklasse,
  vacaturesSector,
  vacaturesMkb,
  kredietverlening,
  renteLeningen,
  financieringsmonitor,
  financieringsbehoefte,
  bankkredietMkb,
  ondernemersvertrouwen,
  consumentenvertrouwen,
];

/** The getStaticPaths of every route with a page or file per figure (/figuren/<id>/…, /embed/<id>/). */
export function figurePaths(): { params: { id: string }; props: { spec: FigureSpec } }[] {
  return figures.map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

export function figureById(id: string): FigureSpec {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new Error(`unknown figure ${id}`);
  return figure;
}

export function figuresOfTheme(theme: ThemeId): FigureSpec[] {
  return figures.filter((f) => f.theme === theme);
}
