import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../core/suggest/suggest';
import type { QuoteSuggestion } from '../../../../core/suggest/suggestion';

const PUBLISHED = new Date(2022, 9, 27, 12);

/** The direct quote holding `words`, with its speaker and cue. */
function quoteWith(text: string, language: string, words: string): { speaker: string | null; cue: string | null } | undefined {
  const points = [...text];
  const quote = suggest({ text, language, reference: PUBLISHED })
    .filter((s): s is QuoteSuggestion => s.type === 'quote' && s.kind !== 'indirect')
    .find((s) => s.fragments.some((f) => points.slice(f.start, f.end).join('').includes(words)));
  return quote && { speaker: quote.speaker?.name ?? null, cue: quote.cue?.text ?? null };
}

/** [rule, case, language, text, words of the quote, its speaker, its cue] */
type SpeakerCase = [string, string, string, string, string, string | null, string];

const CASES: SpeakerCase[] = [
  ['quoted as saying', '"cited X as saying": X speaks, not the one citing', 'en', 'The governor’s office cited Mirela Dragan as saying that “the dam will hold through the winter.”', 'the dam will hold', 'Mirela Dragan', 'saying'],
  ['quoted as saying', '"quoted X as saying"', 'en', 'The agency quoted Harbour Master Ivo Petrak as saying: “No ship leaves before the inspection.”', 'No ship leaves', 'Ivo Petrak', 'saying'],
  ['quoted as saying', '"X was quoted by Y as saying" after the quote', 'en', 'Oskar Brenn chairs the committee.\n\n“We will publish every contract,” Brenn was quoted by the Valley Herald as saying.', 'We will publish every contract', 'Oskar Brenn', 'saying'],
  ['quoted as saying', '"X was quoted as saying" without the quoting outlet', 'en', '“The vote was fair,” Senator Alma Ruiz was quoted as saying.', 'The vote was fair', 'Alma Ruiz', 'saying'],
  ['a single name before a cue is a person a pronoun can stand for', 'a surname never given in full, then "he"', 'en', 'Valtrin said the port would reopen.\n\n“We have cleared the wreck,” he said.', 'We have cleared the wreck', 'Valtrin', 'said'],
  ['a single name before a cue is a person a pronoun can stand for', 'un nom seul, puis « a-t-il »', 'fr', 'Morvan a déclaré que le pont serait rouvert.\n\n« Les travaux sont finis », a-t-il ajouté.', 'Les travaux sont finis', 'Morvan', 'a-t-il ajouté'],
  ['a single name before a cue is a person a pronoun can stand for', 'ein Nachname allein, dann "sagte er"', 'de', 'Kessler sagte, die Brücke sei sicher.\n\n„Wir haben alles geprüft“, sagte er.', 'Wir haben alles geprüft', 'Kessler', 'sagte'],
  ['a single name before a cue is a person a pronoun can stand for', 'un apellido solo, luego "dijo"', 'es', 'Quiroga dijo que el puerto abrirá pronto.\n\n«Hemos limpiado el canal», dijo él.', 'Hemos limpiado el canal', 'Quiroga', 'dijo'],
  ['a single name before a cue is a person a pronoun can stand for', 'фамилия без имени, затем «он»', 'ru', 'Белов заявил, что мост откроют.\n\n«Мы проверили все опоры», — сказал он.', 'Мы проверили все опоры', 'Белов', 'сказал'],
  ['acronyms', 'an acronym is the organisation spelled out before it', 'en', 'The Northern Fisheries Council (NFC) met on Monday.\n\n“The quota stays as it is,” the NFC said in a statement.', 'The quota stays', 'Northern Fisheries Council', 'said'],
  ['acronyms', 'ein Kürzel ist die zuvor ausgeschriebene Organisation', 'de', 'Die Nordsee Fähren Union (NFU) hat die Preise erhöht.\n\n„Die Kosten sind gestiegen“, erklärte die NFU.', 'Die Kosten sind gestiegen', 'Nordsee Fähren Union', 'erklärte'],
  ['acronyms', 'an acronym the article never spells out stays as written', 'en', '“The quota stays as it is,” the NFC said in a statement.', 'The quota stays', 'NFC', 'said'],
  ['reporting verbs news uses', '"reported" is a cue', 'en', 'The Tarn Security Council reported that the talks covered “cooperation in the interests of stability.”', 'cooperation in the interests', 'Tarn Security Council', 'reported'],
  ['reporting verbs news uses', '"underlined" with a colon', 'en', 'Spokesperson Ilona Farkas underlined: “Our partners must respect our interests.”', 'Our partners must respect', 'Ilona Farkas', 'underlined'],
  ['reporting verbs news uses', '"conveyed" after an apposition', 'en', 'Petra Lind, the mayor’s press secretary, conveyed that the mayor "asked the council not to hurry its decision."', 'asked the council', 'Petra Lind', 'conveyed'],
  ['reporting verbs news uses', '"questioned" gives its subject to the "adding" after it', 'en', 'Foreign Minister Ada Kurt met reporters.\n\nShe questioned whether the plan was serious, adding, “Nobody can sit on two chairs for long.”', 'Nobody can sit', 'Ada Kurt', 'adding'],
  ['a speaker after the cue', 'after the day it was said', 'fr', '« Nous avons obtenu gain de cause », a déclaré jeudi matin la déléguée syndicale Claire Vidal.', 'Nous avons obtenu', 'Claire Vidal', 'a déclaré'],
  ['a speaker after the cue', 'after "on Tuesday"', 'en', '“We will not give up,” said on Tuesday the union’s leader, Carla Mendes.', 'We will not give up', 'Carla Mendes', 'said'],
  ['a speaker after the cue', 'a common noun in apposition, then the name', 'en', '“The water came in an hour,” said a neighbour, Rosa Medina.', 'The water came', 'Rosa Medina', 'said'],
  ['a speaker after the cue', 'un nom commun en apposition, puis le nom', 'fr', '« L’eau est montée en une heure », a raconté un riverain, Marc Aubert.', 'L’eau est montée', 'Marc Aubert', 'a raconté'],
  ['a speaker after the cue', 'un nombre común en aposición, luego el nombre', 'es', '«Ha sido una pesadilla», contó una vecina, Rosa Medina.', 'Ha sido una pesadilla', 'Rosa Medina', 'contó'],
  ['a speaker after the cue', 'nobody named after the noun', 'en', '“The water came in an hour,” said a neighbour.', 'The water came', null, 'said'],
  ['reporting verbs news uses', '"a réagi"', 'fr', '« C’est un choc pour la vallée », a réagi Hélène Darcy.', 'C’est un choc', 'Hélène Darcy', 'a réagi'],
];

describe('speakers and cues', () => {
  it.each(CASES)('%s: %s (%s)', (_rule, _name, language, text, words, speaker, cue) => {
    expect(quoteWith(text, language, words)).toEqual({ speaker, cue });
  });
});
