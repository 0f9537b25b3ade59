/**
 * A readable URL segment from a name: lower case, accents dropped, anything but letters and digits a single
 * hyphen ("Tot € 0,25 mln" → "tot-0-25-mln", "0–10 werkzame personen" → "0-10-werkzame-personen").
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') throw new Error(`slugify: "${name}" has no letters or digits to make a URL from`);
  return slug;
}
