/**
 * A rough guess at an article's language from its commonest short words, for
 * reading its dates. Only what the date parser and the analysts need: a
 * wrong guess costs nothing worse than a date parsed by another language's
 * rules (all are tried), and the analyst can correct it.
 */

const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'said', 'for', 'with', 'on'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'que', 'dans', 'du', 'pour', 'pas', 'qui', 'au'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'den', 'sich', 'des', 'auf', 'ein', 'eine', 'dem'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'en', 'por', 'una', 'con', 'para', 'se', 'su', 'al'],
  it: ['il', 'che', 'della', 'gli', 'di', 'non', 'una', 'per', 'sono', 'alla', 'nel', 'dei'],
  pt: ['não', 'uma', 'os', 'das', 'dos', 'que', 'em', 'com', 'para', 'ao', 'pelo', 'foi'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'zijn', 'met', 'voor', 'op', 'werd'],
  ru: ['и', 'в', 'не', 'что', 'на', 'с', 'по', 'как', 'это', 'из', 'он', 'его', 'заявил'],
  uk: ['і', 'та', 'що', 'не', 'на', 'з', 'як', 'це', 'до', 'від', 'його', 'заявив'],
};

const SAMPLE_LENGTH = 6000;

/** The language whose short words are commonest in the text: an ISO 639-1 code, or undefined. */
export function guessLanguage(text: string): string | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH).toLowerCase();
  if (/\p{Script=Armenian}/u.test(sample) && (sample.match(/\p{Script=Armenian}/gu)?.length ?? 0) > sample.length / 4) return 'hy';
  if (/\p{Script=Georgian}/u.test(sample) && (sample.match(/\p{Script=Georgian}/gu)?.length ?? 0) > sample.length / 4) return 'ka';
  const counts = new Map<string, number>();
  for (const word of sample.split(/[^\p{L}]+/u)) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | undefined;
  let bestHits = 0;
  for (const [language, words] of Object.entries(STOPWORDS)) {
    const hits = words.reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return bestHits >= 3 ? best : undefined;
}
