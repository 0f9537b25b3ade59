import { publishedClasses, type SizeClass, sizeClassOf, sizeClassRank } from '../vocabulary/size-classes.ts';

/**
 * Categories of the published productivity figures: a size class, optionally followed by a sector
 * ("kleinbedrijf (10-50), industrie"). The class part is looked up in src/figures/vocabulary/size-classes.ts.
 */
function classPart(category: string): string {
  return category.split(',')[0]!.trim();
}

/** The size class of a category ("kleinbedrijf (10-50), industrie" → klein). */
export function sizeClass(category: string): SizeClass {
  return sizeClassOf(publishedClasses, classPart(category));
}

/** The sector of a category, capitalised ("Industrie"); empty when it names none. */
export function sectorOf(category: string): string {
  const sector = category.split(',').slice(1).join(',').trim();
  return sector.charAt(0).toUpperCase() + sector.slice(1);
}

/** The publication's own label for the class, with the range it gives ("Kleinbedrijf (10–50)"). */
export function classLabel(category: string): string {
  const label = classPart(category).replace(/-/g, '–');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export function bySizeClass(a: { category: string }, b: { category: string }): number {
  return sizeClassRank(publishedClasses, classPart(a.category)) - sizeClassRank(publishedClasses, classPart(b.category));
}

/** The class as a chart series (colour and symbol per class, the Jaarbericht's names in the key). */
export function classSeries(category: string): { key: string; label: string } {
  const found = sizeClass(category);
  return { key: found.code, label: found.label };
}
