import { provinces } from '../../src/schemas/faillissementen-provincie.ts';

const byName = new Map<string, (typeof provinces)[number]>(provinces.map((p) => [p.label.toLowerCase(), p]));
byName.set('friesland', provinces[1]); // CBS's name before 2023 (and the third party's)

/**
 * The province a RegioS code or label names: the OData v4 code (`PV20`, CBS pads it to `PV20  ` in
 * older APIs), or the label with or without CBS's ` (PV)` suffix ("Fryslân (PV)", "Friesland").
 * Undefined for any other region (Nederland, landsdelen, COROP, gemeenten).
 */
export function provinceOf(code: string, label: string): (typeof provinces)[number] | undefined {
  const byCode = provinces.find((p) => p.code === code.trim());
  if (byCode) return byCode;
  return byName.get(
    label
      .trim()
      .replace(/\s*\(PV\)$/, '')
      .toLowerCase(),
  );
}
