const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\n': '&#10;' };
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const SPECIAL = /[&<>"\r\n]/g;

/** Escapes text for an XML attribute or element; drops characters XML 1.0 cannot hold at all. */
export function xmlEscape(text: string): string {
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ESCAPES[c] ?? c);
}

/** An element's opening tag without its closing bracket: its name and attributes (undefined ones left out). */
function tagStart(name: string, attributes: Record<string, string | number | undefined>): string {
  let tag = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) tag += ` ${key}="${typeof value === 'number' ? value : xmlEscape(value)}"`;
  }
  return tag;
}

/** An element's opening tag, for children written after it in pieces (and its closing tag after them). */
export function openingTag(name: string, attributes: Record<string, string | number | undefined>): string {
  return `${tagStart(name, attributes)}>`;
}

/** An element with attributes (undefined ones left out) and already-written children. */
export function element(name: string, attributes: Record<string, string | number | undefined>, children = ''): string {
  return children.length > 0 ? `${openingTag(name, attributes)}${children}</${name}>` : `${tagStart(name, attributes)}/>`;
}
