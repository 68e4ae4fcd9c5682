import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than producing a broken document.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export type XmlValue = string | number | boolean | null | undefined | XmlValue[] | { [key: string]: XmlValue };

/** Element names used for the children of array-valued fields, e.g. Items -> AttendeeType. */
export type XmlItemNames = Record<string, string>;

function element(name: string, value: XmlValue, itemNames: XmlItemNames): string {
  if (value === null || value === undefined) return `<${name} />`;
  if (Array.isArray(value)) {
    const itemName = itemNames[name] ?? 'Item';
    return `<${name}>${value.map((item) => element(itemName, item, itemNames)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value).map(([key, child]) => element(key, child, itemNames)).join('');
    return `<${name}>${children}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Serializes a Concur JSON body to Concur's XML form, e.g. `{Items, NextPage}` under `<AttendeeTypes>`. */
export function toXml(rootName: string, body: XmlValue, itemNames: XmlItemNames = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>${element(rootName, body, itemNames)}`;
}

export class XmlBodyError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/**
 * Parses a request body sent as XML. DOCTYPEs (and so custom entities) are refused outright, so no entity expansion
 * or external fetch can happen. Returns the root element's name and its content.
 */
export function parseXmlBody(text: string): { root: string; content: unknown } {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new XmlBodyError('XML with a DOCTYPE or entity declarations is not accepted.');
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new XmlBodyError(`The XML body is not well-formed: ${valid.err.msg} (line ${valid.err.line}).`);
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    // fast-xml-parser refuses element names such as __proto__ or constructor: a bad body (400), not a server error.
    throw new XmlBodyError(`The XML body cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const roots = Object.keys(parsed);
  const root = roots[0];
  if (roots.length !== 1 || root === undefined) throw new XmlBodyError('The XML body must have exactly one root element.');
  return { root, content: parsed[root] ?? '' };
}
