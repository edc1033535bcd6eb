import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import { err, ok, type Result } from '../result';

/** An element as read: local name, namespace, attributes by qualified name, child elements and all the text inside it. */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Readonly<Record<string, SaxesAttributeNS>>;
  children: XmlElement[];
  /** Its text content: every piece of text inside it, its children's included, in order. */
  text: string;
}

export const childElements = (parent: XmlElement, name: string): XmlElement[] => parent.children.filter((child) => child.name === name);
export const attribute = (element: XmlElement, name: string): string | undefined => element.attributes[name]?.value;

export interface XmlReader {
  /** Looks at the root element (without children yet) and says why the document is refused, or null to read on. */
  root(element: XmlElement): string | null;
  /** Whether to build the element at this path of local names (root first) and hand it over once closed. */
  keep(path: readonly string[]): boolean;
  take(element: XmlElement, path: readonly string[]): void;
}

/** Ends a reading with its message as the reason, for the reader's checks and for whatever supplies the text. */
export class ReadRefused extends Error {}

/**
 * How deeply elements may nest. QDA-XML needs about ten levels (a code book's
 * codes nest, a few dozen at most); a hostile file nesting thousands would
 * otherwise cost memory and recursion for each level.
 */
export const MAX_XML_DEPTH = 256;

/**
 * Reads XML, whole or in pieces, with saxes, strictly: the first error of well-formedness or of
 * namespaces ends the reading with saxes's message (file:line:column). Only
 * the elements `keep` picks are built, each handed to `take` as soon as it
 * closes and then let go, so a large file is never held as one tree.
 * Elements nesting deeper than MAX_XML_DEPTH are refused. Each piece of text
 * is added to the innermost element only, and an element's text to its
 * parent's once it closes, so collecting text stays linear in its length
 * whatever the depth.
 */
export function readXml(text: string | Iterable<string>, fileName: string, reader: XmlReader): Result<void, string> {
  const parser = new SaxesParser({ xmlns: true, fileName });
  const path: string[] = [];
  // The kept element being built and its open descendants, outermost first.
  const building: XmlElement[] = [];
  const addText = (piece: string) => {
    const innermost = building.at(-1);
    if (innermost) innermost.text += piece;
  };
  parser.on('opentag', (tag) => {
    path.push(tag.local);
    if (path.length > MAX_XML_DEPTH) throw new ReadRefused(`nests elements more than ${MAX_XML_DEPTH} deep (line ${parser.line})`);
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes: tag.attributes, children: [], text: '' };
    if (path.length === 1) {
      const refusal = reader.root(element);
      if (refusal !== null) throw new ReadRefused(refusal);
    }
    const parent = building.at(-1);
    if (parent) parent.children.push(element);
    if (parent || reader.keep(path)) building.push(element);
  });
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = building.pop();
    const parent = building.at(-1);
    if (element && parent) parent.text += element.text;
    else if (element) reader.take(element, path);
    path.pop();
  });
  try {
    // A large file comes in pieces (see zip-entry.ts), each parsed and let go.
    if (typeof text === 'string') parser.write(text);
    else for (const piece of text) parser.write(piece);
    parser.close();
    return ok(undefined);
  } catch (error) {
    if (error instanceof ReadRefused) return err(error.message);
    return err(`is not well-formed XML (${error instanceof Error ? error.message : String(error)})`);
  }
}
