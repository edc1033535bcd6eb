import { LABELS, OPENINGS, type FurnitureReason } from './furniture-phrases';
import { isControls, isLinkOnly, labelKey, lowerLine, phraseKey } from './line-text';

const LABEL_REASONS = new Map<string, FurnitureReason>();
for (const [reason, labels] of Object.entries(LABELS) as [FurnitureReason, readonly string[]][]) {
  for (const label of labels) if (!LABEL_REASONS.has(labelKey(label))) LABEL_REASONS.set(labelKey(label), reason);
}

/** Each opening as typed (lower case) and, for openings of several words, without punctuation followed by a space. */
const OPENING_LIST: readonly { reason: FurnitureReason; lower: string; key: string | null; keyAndSpace: string }[] = (
  Object.entries(OPENINGS) as [FurnitureReason, readonly string[]][]
).flatMap(([reason, openings]) =>
  openings.map((opening) => {
    const key = phraseKey(opening);
    // Punctuation-free matching only for openings of several words: "home" alone starts headlines too.
    return { reason, lower: lowerLine(opening), key: key.includes(' ') ? key : null, keyAndSpace: `${key} ` };
  }),
);

/** Labels, even a row of them, are short; longer lines are not looked up. */
const LABEL_MAX_LENGTH = 80;
/** Enough of a line to hold any opening. */
const OPENING_PREFIX_LENGTH = 80;

/** Openings are sentences' starts; past this length a line is taken for an article paragraph whatever it starts with. */
const OPENING_MAX_LENGTH = 400;

/** Several labels on one line ("Share Tweet Email", "Facebook | X | Telegram"). */
function isRowOfLabels(key: string): FurnitureReason | null {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 8) return null;
  const reasons = words.map((word) => LABEL_REASONS.get(word));
  if (reasons.some((reason) => reason === undefined)) return null;
  return reasons[0] ?? null;
}

/** A caption's credit at its end: "(Photo: Ann Lens)", "/ AFP", "Getty Images", "© Reuters". */
const CREDIT_AT_END = /(?:\b(?:photo|foto|фото|image|getty images|reuters|afp|ap photo|epa|dpa|anadolu)\b[^.!?]{0,40}|©[^.!?]{0,40})[)\]]?$/iu;

/** How far from a line's end a credit is looked for. */
const CREDIT_REACH = 60;

/** True for a caption's credit line or a caption that names its photographer. */
export function isCaptionLike(text: string): boolean {
  return text.length < 300 && CREDIT_AT_END.test(text.slice(-CREDIT_REACH));
}

/**
 * Why a line is furniture judged by its own words alone, or null. Lines
 * that need context (repeated, before the headline, another script) are
 * judged by the caller.
 */
export function furnitureByWords(text: string): FurnitureReason | null {
  if (isLinkOnly(text)) return 'link';
  if (isControls(text)) return 'controls';
  if (text.length <= LABEL_MAX_LENGTH) {
    const key = labelKey(text);
    const label = LABEL_REASONS.get(key) ?? isRowOfLabels(key);
    if (label) return label;
  }
  if (text.length > OPENING_MAX_LENGTH) return null;
  const lower = lowerLine(text);
  // Openings are short: their punctuation-free form is compared with the line's start only.
  const full = phraseKey(text.slice(0, OPENING_PREFIX_LENGTH));
  for (const opening of OPENING_LIST) {
    if (lower.startsWith(opening.lower)) return opening.reason;
    if (opening.key && (full === opening.key || full.startsWith(opening.keyAndSpace))) return opening.reason;
  }
  return null;
}
