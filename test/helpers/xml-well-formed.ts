/**
 * A strict well-formedness check for the XML the site writes (sitemap, feed): one root element, every tag
 * closed in order, quoted attributes without duplicates, `&` only in the five named or numeric references,
 * no `<` in text. No DTDs, comments or CDATA (the site writes none). Returns the problems, empty when fine.
 * linkedom parses leniently, so it cannot tell a broken file from a good one.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const reference = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const name = '[A-Za-z_][\\w.:-]*';
  const attribute = new RegExp(`\\s+(${name})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'gy');
  let body = xml;
  const declaration = /^<\?xml\s[^?]*\?>\s*/.exec(body);
  if (declaration) body = body.slice(declaration[0].length);
  const stack: string[] = [];
  let roots = 0;
  let index = 0;
  while (index < body.length) {
    const open = body.indexOf('<', index);
    const text = body.slice(index, open === -1 ? body.length : open);
    if (reference.test(text)) problems.push(`a bare & in text near "${text.slice(0, 60)}"`);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element: "${text.trim().slice(0, 60)}"`);
    if (open === -1) break;
    const close = body.indexOf('>', open);
    if (close === -1) {
      problems.push(`a tag that never ends at offset ${open}`);
      break;
    }
    const tag = body.slice(open + 1, close);
    index = close + 1;
    const end = new RegExp(`^/(${name})\\s*$`).exec(tag);
    if (end) {
      const expected = stack.pop();
      if (expected !== end[1]) problems.push(`</${end[1]}> closes <${expected ?? 'nothing'}>`);
      continue;
    }
    const start = new RegExp(`^(${name})`).exec(tag);
    if (!start) {
      problems.push(`not a tag: <${tag.slice(0, 40)}>`);
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const rest = tag.slice(start[1]!.length, selfClosing ? -1 : undefined);
    const seen = new Set<string>();
    attribute.lastIndex = 0;
    let consumed = 0;
    for (let match = attribute.exec(rest); match; match = attribute.exec(rest)) {
      if (seen.has(match[1]!)) problems.push(`<${start[1]}> has ${match[1]} twice`);
      seen.add(match[1]!);
      if (reference.test(match[2]!)) problems.push(`a bare & in ${match[1]} of <${start[1]}>`);
      consumed = attribute.lastIndex;
    }
    if (rest.slice(consumed).trim() !== '')
      problems.push(`<${start[1]}> has a malformed attribute: "${rest.slice(consumed).trim().slice(0, 40)}"`);
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(start[1]!);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.map((t) => `<${t}>`).join(' ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
