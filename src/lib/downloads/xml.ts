/**
 * XML text for the downloadable SVG. Every string from data goes through `escapeXml`: labels are text, never
 * markup, whatever characters they hold. (The inline SVG on the pages is HTML and is serialised by linkedom.)
 */

/** Text or attribute value with the five XML specials escaped; control characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

type Attributes = Record<string, string | number | undefined>;

/** Markup built by this module (or by `serializeXml`), as opposed to text that still needs escaping. */
export class Xml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** `<tag a="…">children</tag>`: attribute values and string children are escaped; `Xml` children are not. */
export function element(tag: string, attributes: Attributes, ...children: (string | Xml)[]): Xml {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const body = children.map((child) => (child instanceof Xml ? child.markup : escapeXml(child))).join('');
  return new Xml(body === '' ? `<${tag}${attrs}/>` : `<${tag}${attrs}>${body}</${tag}>`);
}

interface XmlNode {
  nodeType: number;
  nodeName: string;
  /** Keeps the case of SVG names (`clipPath`); linkedom's nodeName is upper case. */
  localName?: string | null;
  textContent: string | null;
  childNodes: ArrayLike<XmlNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

/**
 * A DOM element (linkedom, as Plot builds it) as XML: tag names keep their case (`clipPath`), text and
 * attribute values are escaped, comments are left out.
 */
export function serializeXml(node: XmlNode): string {
  if (node.nodeType === 3) return escapeXml(node.textContent ?? '');
  if (node.nodeType !== 1) return '';
  const attributes = Array.from(node.attributes ?? [])
    .map((a) => ` ${a.name}="${escapeXml(a.value)}"`)
    .join('');
  const children = Array.from(node.childNodes).map(serializeXml).join('');
  const name = node.localName ?? node.nodeName.toLowerCase();
  return children === '' ? `<${name}${attributes}/>` : `<${name}${attributes}>${children}</${name}>`;
}
