/**
 * The MUST assertions of the W3C Web Annotation test suite for one
 * annotation, encoded from web-platform-tests/wpt annotation-model/
 * annotations/annotationMusts.test (its fourteen assertion schemas, JSON
 * Schema draft-04, with the definitions they reference in
 * annotation-model/definitions/: annotations.json, id.json, bodyTarget.json,
 * specificResource.json, otherProperties.json). The suite runs them in a
 * browser page with ajv; here each is a plain check with the assertion's
 * file name, so a failure says which one. Written from the schemas, not
 * copied. Each returns the names of the assertions that fail.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** id.json#stringUri: a string of format uri (RFC 3986: a scheme, a colon, no spaces). */
const isStringUri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value);

/** id.json#arraySingleStringUri */
const isSingleUri = (value: unknown) => isStringUri(value) || (Array.isArray(value) && value.length === 1 && isStringUri(value[0]));

/** RFC 3339 date-time, as ajv's draft-04 `date-time` format checks it. */
const isDateTime = (value: unknown) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value);

/** otherProperties.json#createdValidIfPresent (and modified, generated): absent, or one date-time. */
const dateTimeIfPresent = (value: unknown) => value === undefined || isDateTime(value) || (Array.isArray(value) && value.length === 1 && isDateTime(value[0]));

/** bodyTarget.json#externalWebResourceDetected: an id that is a uri, and no value, source or target. */
const isExternalWebResource = (value: unknown) => isObject(value) && isSingleUri(value['id']) && !('value' in value) && !('source' in value) && !('target' in value);

/** bodyTarget.json#textualBodyFound */
const isTextualBody = (value: unknown) => isObject(value) && typeof value['value'] === 'string';

const SELECTOR_CHECKS: Record<string, (selector: Json) => boolean> = {
  FragmentSelector: (s) => typeof s['value'] === 'string',
  CssSelector: (s) => typeof s['value'] === 'string',
  XPathSelector: (s) => typeof s['value'] === 'string',
  TextQuoteSelector: (s) => typeof s['exact'] === 'string' && ['prefix', 'suffix'].every((key) => s[key] === undefined || typeof s[key] === 'string'),
  TextPositionSelector: (s) => [s['start'], s['end']].every((n) => Number.isInteger(n) && (n as number) >= 0),
  DataPositionSelector: (s) => [s['start'], s['end']].every((n) => Number.isInteger(n) && (n as number) >= 0),
  RangeSelector: (s) => isObject(s['startSelector']) && isObject(s['endSelector']),
  SvgSelector: (s) => typeof s['value'] === 'string' || isSingleUri(s['id']),
};

/** specificResource.json#selectorDefined: a uri, or selector objects the model describes. */
function isRecognizedSelector(value: unknown): boolean {
  if (isStringUri(value)) return true;
  if (Array.isArray(value)) return value.length > 0 && value.every(isRecognizedSelector);
  if (!isObject(value)) return false;
  const check = typeof value['type'] === 'string' ? SELECTOR_CHECKS[value['type']] : undefined;
  return isSingleUri(value['id']) || (check !== undefined && check(value));
}

/** specificResource.json#specificeResourceDetected: one source (uri or External Web Resource) and at least one of purpose, selector, state, styleClass, renderedVia, scope. */
function isSpecificResource(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (!(isStringUri(value['source']) || isExternalWebResource(value['source']))) return false;
  if ('selector' in value && !isRecognizedSelector(value['selector'])) return false;
  return ['purpose', 'selector', 'state', 'styleClass', 'renderedVia', 'scope'].some((key) => key in value);
}

/** choiceSet.json: a Choice, Composite, List or Independents with items. */
const isChoiceOrSet = (value: unknown) => isObject(value) && ['Choice', 'Composite', 'List', 'Independents'].includes(String(value['type'])) && Array.isArray(value['items']);

/** bodyTarget.json#targetResourcesFound (and bodyResourcesFound, with textual bodies): exactly one kind of resource. */
function exactlyOneKind(value: unknown, textual: boolean): boolean {
  const kinds = [isStringUri(value), isChoiceOrSet(value), isSpecificResource(value), isExternalWebResource(value), textual && isTextualBody(value)];
  return kinds.filter(Boolean).length === 1;
}

const oneOrMany = (value: unknown, check: (item: unknown) => boolean) => (Array.isArray(value) ? value.length > 0 && value.every(check) : check(value));

const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const MUSTS: [name: string, check: (annotation: Json) => boolean][] = [
  ['3.1-annotationContextValidated', (a) => a['@context'] === ANNO_CONTEXT || (Array.isArray(a['@context']) && a['@context'].includes(ANNO_CONTEXT))],
  ['3.1-annotationIdValidated', (a) => isSingleUri(a['id'])],
  ['3.1-annotationTypeValidated', (a) => a['type'] === 'Annotation' || (Array.isArray(a['type']) && a['type'].includes('Annotation'))],
  ['3.1-targetKeyFound', (a) => 'target' in a],
  ['3.2-targetObjectsRecognized', (a) => oneOrMany(a['target'], (t) => exactlyOneKind(t, false))],
  ['3.2.5-notBodyBodyValue', (a) => !('body' in a && 'bodyValue' in a)],
  ['3.2-bodyObjectsRecognized', (a) => !('body' in a) || oneOrMany(a['body'], (b) => exactlyOneKind(b, true))],
  ['3.2.5-bodyValueValidated', (a) => a['bodyValue'] === undefined || typeof a['bodyValue'] === 'string' || (Array.isArray(a['bodyValue']) && a['bodyValue'].length === 1 && typeof a['bodyValue'][0] === 'string')],
  ['3.3.1-annotationCreatedValidated', (a) => dateTimeIfPresent(a['created'])],
  ['3.3.1-annotationModifiedValidated', (a) => dateTimeIfPresent(a['modified'])],
  ['3.3.1-annotationGeneratedValidated', (a) => dateTimeIfPresent(a['generated'])],
  ['3.3.6-annotationRightsValidated', (a) => a['rights'] === undefined || oneOrMany(a['rights'], isStringUri)],
  ['3.3.7-annotationCanonicalValidated', (a) => a['canonical'] === undefined || isStringUri(a['canonical'])],
  ['3.3.7-annotationViaValidated', (a) => a['via'] === undefined || oneOrMany(a['via'], isStringUri)],
];

/** The names of the suite's MUST assertions the annotation fails (none when it meets them all). */
export function failedMusts(annotation: unknown): string[] {
  if (!isObject(annotation)) return ['not an object'];
  return MUSTS.filter(([, check]) => !check(annotation)).map(([name]) => name);
}
