// The test helper that checks the sitemap and feed: it must refuse what a strict XML parser refuses.
import { describe, expect, test } from 'vitest';
import { xmlProblems } from '../../helpers/xml-well-formed.ts';

describe('xmlProblems', () => {
  test.each([
    '<?xml version="1.0" encoding="utf-8"?>\n<a x="1"><b/>t &amp; &#233; &#xE9;<c y=\'2\'>x</c></a>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>A &lt;b&gt;</title></feed>',
  ])('accepts %j', (xml) => {
    expect(xmlProblems(xml)).toEqual([]);
  });

  test.each([
    ['<a><b></a>', '</a> closes <b>'],
    ['<a>x & y</a>', 'a bare & in text'],
    ['<a x="1" x="2"/>', 'has x twice'],
    ['<a x=1/>', 'malformed attribute'],
    ['<a/><b/>', '2 root elements'],
    ['<a>', 'unclosed'],
    ['<a x="&nbsp;"/>', 'a bare & in x'],
    ['text<a/>', 'text outside the root element'],
  ])('refuses %j', (xml, problem) => {
    expect(xmlProblems(xml).join('; ')).toContain(problem);
  });
});
