const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const INDENT = '  ';
/** Elements with more attributes than this get one attribute per line (a CFDI root has twenty). */
const ATTRIBUTES_ON_ONE_LINE = 3;

function openTag(element: Element, depth: number): string {
  const attributes = Array.from(element.attributes, (attribute) => `${attribute.name}="${escapeAttribute(attribute.value)}"`);
  if (attributes.length <= ATTRIBUTES_ON_ONE_LINE) return [element.nodeName, ...attributes].join(' ');
  const pad = INDENT.repeat(depth + 1);
  return `${element.nodeName}\n${attributes.map((attribute) => `${pad}${attribute}`).join('\n')}`;
}

function leafText(node: Node): string | undefined {
  switch (node.nodeType) {
    case Node.TEXT_NODE: {
      const text = (node.nodeValue ?? '').trim();
      return text === '' ? undefined : escapeText(text);
    }
    case Node.CDATA_SECTION_NODE:
      return `<![CDATA[${node.nodeValue ?? ''}]]>`;
    case Node.COMMENT_NODE:
      return `<!--${node.nodeValue ?? ''}-->`;
    case Node.PROCESSING_INSTRUCTION_NODE:
      return `<?${node.nodeName} ${node.nodeValue ?? ''}?>`;
    default:
      return undefined;
  }
}

/**
 * An indented text rendering of a parsed XML document, for a <pre>: never markup. Iterative, so a deeply nested
 * document cannot overflow the stack.
 */
export function prettyXml(document: Document, declaration?: string): string {
  const lines: string[] = declaration ? [declaration] : [];
  type Step = { node: Node; depth: number } | { close: string; depth: number };
  const stack: Step[] = Array.from(document.childNodes, (node) => ({ node, depth: 0 })).reverse();
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const pad = INDENT.repeat(step.depth);
    if ('close' in step) {
      lines.push(`${pad}</${step.close}>`);
      continue;
    }
    const { node, depth } = step;
    if (node.nodeType !== Node.ELEMENT_NODE) {
      const text = leafText(node);
      if (text !== undefined) lines.push(`${pad}${text}`);
      continue;
    }
    const element = node as Element;
    const children = Array.from(element.childNodes).filter((child) => leafText(child) !== undefined || child.nodeType === Node.ELEMENT_NODE);
    const tag = openTag(element, depth);
    if (children.length === 0) {
      lines.push(`${pad}<${tag}/>`);
    } else if (children.length === 1 && children[0]?.nodeType === Node.TEXT_NODE) {
      lines.push(`${pad}<${tag}>${leafText(children[0]) ?? ''}</${element.nodeName}>`);
    } else {
      lines.push(`${pad}<${tag}>`);
      stack.push({ close: element.nodeName, depth });
      for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index] as Node, depth: depth + 1 });
    }
  }
  return lines.join('\n');
}
