import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../core/suggest/suggest';
import type { QuoteSuggestion, Suggestion } from '../../../../core/suggest/suggestion';

/** Thursday 27 October 2022, the publication day of every text here unless a case says otherwise. */
const PUBLISHED = new Date(2022, 9, 27, 12);

const words = (text: string, s: Suggestion) => s.fragments.map((f) => [...text].slice(f.start, f.end).join(''));
const quotesOf = (text: string, language?: string) =>
  suggest({ text, language, reference: PUBLISHED }).filter((s): s is QuoteSuggestion => s.type === 'quote' && s.kind !== 'indirect');

/** [case, language, text, expected quote fragments, speaker (null: none named), cue (null: none)] */
type DirectCase = [string, string, string, string[], string | null, string | null];

const DIRECT: DirectCase[] = [
  ['curly quotes, cue after', 'en', 'The mayor of Tallin, Arvo Kask, spoke at noon.\n\n“We will open the bridge in spring,” Kask said.', ['We will open the bridge in spring'], 'Arvo Kask', 'said'],
  ['straight quotes, inverted cue', 'en', '"The harbour stays closed until the storm passes," said Harbour Master Lena Ostrova.', ['The harbour stays closed until the storm passes'], 'Lena Ostrova', 'said'],
  ['cue before with a colon', 'en', 'Finance Minister Tomas Reed told reporters: “The budget will balance by the end of the decade.”', ['The budget will balance by the end of the decade.'], 'Tomas Reed', 'told'],
  ['pronoun resolved to the last person', 'en', 'Health Minister Dana Pilar visited the ward.\n\n“Every bed here is taken,” she said.', ['Every bed here is taken'], 'Dana Pilar', 'said'],
  ['"the minister" resolved to the last minister', 'en', 'Defence Minister Karl Voss met the mayor, Ida Lund, on Monday.\n\n“We need more drones,” the minister said.', ['We need more drones'], 'Karl Voss', 'said'],
  ['interrupted quote is one quote in two pieces', 'en', '“The talks were hard,” Foreign Minister Jana Novak said, “but we found a way forward.”', ['The talks were hard', 'but we found a way forward.'], 'Jana Novak', 'said'],
  ['interrupted quote without a comma before the attribution', 'en', '“The talks were hard” Foreign Minister Jana Novak said, “but we found a way forward.”', ['The talks were hard', 'but we found a way forward.'], 'Jana Novak', 'said'],
  ['interrupted quote with a dash after the attribution', 'en', '“The talks were hard,” Foreign Minister Jana Novak said — “but we found a way forward.”', ['The talks were hard', 'but we found a way forward.'], 'Jana Novak', 'said'],
  ['nested quote stays inside the outer one', 'en', '“He told us ‘the gate is locked’ and walked away,” said farmer Piet Hals.', ['He told us ‘the gate is locked’ and walked away'], 'Piet Hals', 'said'],
  ['apostrophes inside single quotes', 'en', '‘It’s the workers’ money and it’s gone,’ union leader Mara Olsen said.', ['It’s the workers’ money and it’s gone'], 'Mara Olsen', 'said'],
  ['"said" without a named speaker', 'en', '“The shipment left the port before dawn,” a customs source said.', ['The shipment left the port before dawn'], null, 'said'],
  ['quote in a headline', 'en', 'Minister Alva Brink: “We will not raise taxes”\n\nThe government presented its plan on Monday.', ['We will not raise taxes'], 'Alva Brink', null],
  ['title and role before the name', 'en', 'Armenian Prime Minister Nikol Pashinyan told lawmakers: “We will ask for a special session soon.”', ['We will ask for a special session soon.'], 'Nikol Pashinyan', 'told'],
  ['a surname alone is the full name given before', 'en', 'Police chief Ola Berg arrived at ten.\n\n“Nobody was hurt in the fire,” Berg told reporters.', ['Nobody was hurt in the fire'], 'Ola Berg', 'told'],
  ['French guillemets and an inverted pronoun', 'fr', 'La ministre Claire Dumas a visité le port.\n\n« Nous allons reconstruire le quai », a-t-elle déclaré.', ['Nous allons reconstruire le quai'], 'Claire Dumas', 'a-t-elle déclaré'],
  ['a title with its place, the person named after the comma', 'fr', '« Nous avons attendu assez longtemps », a déclaré le maire de Montrac, Gilles Aubert.', ['Nous avons attendu assez longtemps'], 'Gilles Aubert', 'a déclaré'],
  ['a role of three lowercase words before the name', 'ru', '«Мы требуем вернуть деньги», — сказала председатель совета дома Нина Гаврилова.', ['Мы требуем вернуть деньги'], 'Нина Гаврилова', 'сказала'],
  ['French cue with the speaker after', 'fr', '« Le dialogue reste ouvert », a affirmé le maire Paul Girard.', ['Le dialogue reste ouvert'], 'Paul Girard', 'a affirmé'],
  ['German low-high quotes with "so"', 'de', '„Wir brauchen mehr Zeit für die Verhandlungen“, so Außenministerin Greta Hahn.', ['Wir brauchen mehr Zeit für die Verhandlungen'], 'Greta Hahn', 'so'],
  ['German reversed guillemets', 'de', '»Die Lage bleibt angespannt«, sagte Sprecher Jonas Keller.', ['Die Lage bleibt angespannt'], 'Jonas Keller', 'sagte'],
  ['Spanish guillemets', 'es', '«No vamos a cerrar la frontera», dijo el ministro Luis Ortega.', ['No vamos a cerrar la frontera'], 'Luis Ortega', 'dijo'],
  ['Russian guillemets with a dash', 'ru', '«Мы готовы продолжать переговоры», — заявил министр Олег Титов.', ['Мы готовы продолжать переговоры'], 'Олег Титов', 'заявил'],
  ['Swiss single guillemets', 'de', '‹Das Projekt ist gerettet›, sagte Stadtpräsidentin Vera Roth.', ['Das Projekt ist gerettet'], 'Vera Roth', 'sagte'],
  ['CJK corner brackets', 'en', 'Mayor Ken Sato said: 「We rebuild the school this year.」', ['We rebuild the school this year.'], 'Ken Sato', 'said'],
  ['German single low-high quotes', 'de', '‚Wir bleiben bis zum Ende hier‘, sagte Bauer Max Ebner.', ['Wir bleiben bis zum Ende hier'], 'Max Ebner', 'sagte'],
];

describe('direct quotes: marks, cue and speaker', () => {
  it.each(DIRECT)('%s (%s)', (_name, language, text, fragments, speaker, cue) => {
    const [quote, ...rest] = quotesOf(text, language);
    expect(rest).toEqual([]);
    expect(quote && words(text, quote)).toEqual(fragments);
    expect(quote?.speaker?.name ?? null).toBe(speaker);
    expect(quote?.cue?.text ?? null).toBe(cue);
  });
});

describe('quotes over paragraphs', () => {
  it('a quote that runs over paragraphs, its mark repeated and closed only at the end, is one quote with a piece per paragraph', () => {
    const text = 'Judge Rosa Mendel read the ruling.\n\n“The court finds the contract void.\n\n“The company must repay every client within a year,” she said.';
    const [quote, ...rest] = quotesOf(text, 'en');
    expect(rest).toEqual([]);
    expect(words(text, quote!)).toEqual(['The court finds the contract void.', 'The company must repay every client within a year']);
    expect(quote?.speaker?.name).toBe('Rosa Mendel');
  });

  it('a quote closed in the next paragraph, without its mark repeated, is one quote', () => {
    const text = 'Captain Ilse Brandt said: “We saw the smoke at six.\nBy seven the deck was clear.”';
    const [quote] = quotesOf(text, 'en');
    expect(words(text, quote!)).toEqual(['We saw the smoke at six.', 'By seven the deck was clear.']);
    expect(quote?.speaker?.name).toBe('Ilse Brandt');
  });

  it('a stray mark that is never closed is no quote', () => {
    expect(quotesOf('The 12" pipe burst on Monday, officials said. Work goes on.', 'en')).toEqual([]);
  });

  it('scare quotes of two words without any attribution are left out', () => {
    expect(quotesOf('The so-called “peace plan” was published on the website.', 'en')).toEqual([]);
  });

  it('offsets are code points: an emoji before the quote does not shift it', () => {
    const text = '🌊 Harbour news\n\n“The ferry sails again tomorrow,” said skipper Jon Dahl.';
    const [quote] = quotesOf(text, 'en');
    expect(words(text, quote!)).toEqual(['The ferry sails again tomorrow']);
  });
});

/** [case, language, text, the reported clause, speaker, kind] */
type ReportCase = [string, string, string, string, string | null, 'quote' | 'claim'];

const REPORTS: ReportCase[] = [
  ['"X said that …"', 'en', 'Interior Minister Hugo Berns said that the border will reopen next week.', 'the border will reopen next week', 'Hugo Berns', 'quote'],
  ['"X said …" without "that"', 'en', 'Mayor Tilde Aas said the new tram line would open in May.', 'the new tram line would open in May', 'Tilde Aas', 'quote'],
  ['"…, X said."', 'en', 'The vote will be held again in three districts, the electoral commission said.', 'The vote will be held again in three districts', null, 'quote'],
  ['"according to X, …"', 'en', 'According to the Port Authority, two ships ran aground overnight.', 'two ships ran aground overnight', 'Port Authority', 'quote'],
  ['"…, according to X."', 'en', 'Exports fell by a fifth last year, according to customs data.', 'Exports fell by a fifth last year', null, 'quote'],
  ['claim: accused', 'en', 'Opposition leader Sara Holm accused the government of hiding the audit.', 'the government of hiding the audit', 'Sara Holm', 'claim'],
  ['claim: denied', 'en', 'The company denied that it had dumped waste in the river.', 'it had dumped waste in the river', null, 'claim'],
  ['French "a déclaré que"', 'fr', 'Le ministre Paul Girard a déclaré que les négociations reprendraient lundi.', 'les négociations reprendraient lundi', 'Paul Girard', 'quote'],
  ['French claim "a accusé"', 'fr', 'La députée Anne Roux a accusé le préfet de mentir sur les chiffres.', 'le préfet de mentir sur les chiffres', 'Anne Roux', 'claim'],
  ['German "sagte, dass"', 'de', 'Bürgermeister Jan Vogt sagte, dass die Brücke im Sommer fertig wird.', 'die Brücke im Sommer fertig wird', 'Jan Vogt', 'quote'],
  ['Spanish "según X"', 'es', 'Según el ministro Luis Ortega, la planta abrirá en marzo.', 'la planta abrirá en marzo', 'Luis Ortega', 'quote'],
  ['Russian "заявил, что"', 'ru', 'Министр Олег Титов заявил, что переговоры продолжатся в пятницу.', 'переговоры продолжатся в пятницу', 'Олег Титов', 'quote'],
  ['Russian claim "обвинил"', 'ru', 'Депутат Ирина Лебедь обвинила мэрию в сокрытии данных.', 'мэрию в сокрытии данных', 'Ирина Лебедь', 'claim'],
];

describe('indirect quotes and claims', () => {
  it.each(REPORTS)('%s (%s)', (_name, language, text, clause, speaker, type) => {
    const found = suggest({ text, language, reference: PUBLISHED }).filter((s) => s.type === type && (s.type !== 'quote' || s.kind === 'indirect'));
    expect(found.map((s) => words(text, s).join(' '))).toEqual([clause]);
    const [one] = found;
    const named = one?.type === 'claim' ? one.claimant : one?.type === 'quote' ? one.speaker : null;
    expect(named?.name ?? null).toBe(speaker);
  });

  it('a denial opposes the clause, a claim supports it', () => {
    const text = 'The minister denied that the dam was leaking. Activist Lea Moe claimed that the dam leaks.';
    const claims = suggest({ text, language: 'en', reference: PUBLISHED }).filter((s) => s.type === 'claim');
    expect(claims.map((c) => c.type === 'claim' && c.stance)).toEqual(['opposes', 'supports']);
  });

  it.each([
    ['en', 'The operator, Northway Lines, rejected the union’s account.'],
    ['en', 'Mayor Tom Reyes denied the charge.'],
    ['fr', 'La direction nie toute infraction.'],
    ['ru', 'Мэр Игорь Лапин отверг эти обвинения.'],
  ])('a claim verb with only a noun phrase after it makes no claim (%s): %s', (language, text) => {
    expect(suggest({ text, language, reference: PUBLISHED }).filter((s) => s.type === 'claim')).toEqual([]);
  });

  it.each([
    'Insurance claims can be filed until November 30.',
    'Their claims were rejected by the court last year.',
  ])('a cue word that is a plural noun before an auxiliary makes no claim or report: %s', (text) => {
    expect(suggest({ text, language: 'en', reference: PUBLISHED }).filter((s) => s.type !== 'event')).toEqual([]);
  });

  it('the claimed clause is the claim, not a noun phrase', () => {
    const text = 'Chief executive Hollis Brandt claimed that the union had turned down three invitations to talk. Union leader Marit Eskeland accused the company of publishing the rota without warning.';
    const claims = suggest({ text, language: 'en', reference: PUBLISHED }).filter((s) => s.type === 'claim');
    expect(claims.map((c) => words(text, c).join(' '))).toEqual(['the union had turned down three invitations to talk', 'the company of publishing the rota without warning']);
  });

  it('"was told" is no report by its subject', () => {
    const found = suggest({ text: 'The crew was told the flight would leave at noon.', language: 'en', reference: PUBLISHED });
    expect(found.filter((s) => s.type !== 'event')).toEqual([]);
  });
});

/** [case, language, text, dated clause contains, ISO date, actor] */
type EventCase = [string, string, string, string, string, string | null];

const EVENTS: EventCase[] = [
  ['a future weekday is the one after publication', 'en', 'The Nordic Council will convene a special session Friday.', 'convene a special session Friday', '2022-10-28', 'Nordic Council'],
  ['a reported weekday is the one before', 'en', 'Foreign Minister Jana Novak met her Latvian counterpart on Tuesday.', 'met her Latvian counterpart on Tuesday', '2022-10-25', 'Jana Novak'],
  ['"last month" is the month before', 'en', 'The factory closed last month after a fire.', 'The factory closed last month', '2022-09', null],
  ['a day and month without a year, in the past', 'en', 'The treaty was signed on 3 March in Riga.', 'The treaty was signed on 3 March in Riga', '2022-03-03', null],
  ['a month alone, reported, is the last one', 'en', 'Protests shook the capital in January.', 'Protests shook the capital in January', '2022-01', null],
  ['French weekday in the future', 'fr', 'Le conseil municipal doit se réunir vendredi.', 'Le conseil municipal doit se réunir vendredi', '2022-10-28', null],
  ['German "gestern"', 'de', 'Die Regierung hat gestern das Gesetz beschlossen.', 'Die Regierung hat gestern', '2022-10-26', 'Regierung'],
  ['Russian "в среду"', 'ru', 'Парламент в среду одобрил бюджет.', 'Парламент в среду одобрил бюджет', '2022-10-26', 'Парламент'],
  ['the day of a saying is not the event; the date said is', 'en', 'Ferry crews will walk out on Friday, their union said on Tuesday.', 'Ferry crews will walk out on Friday', '2022-10-28', null],
  ['a date in the reported clause after a cue is an event', 'en', 'The Harbour Board said it would decide by January whether to sell.', 'it would decide by January whether to sell', '2023-01', 'Harbour Board'],
  ['"recalled its ambassador" is a deed, not a saying', 'en', 'Veloria recalled its ambassador from Kestland on Wednesday.', 'Veloria recalled its ambassador from Kestland on Wednesday', '2022-10-26', null],
  ['"says" with its clause at once dates the clause', 'en', 'Kestland says the vessel crossed the median line on Monday.', 'the vessel crossed the median line on Monday', '2022-10-24', null],
  ['"announced a strike for" a day dates the strike', 'fr', 'Les syndicats ont annoncé une grève pour le 19 décembre.', 'annoncé une grève pour le 19 décembre', '2022-12-19', null],
];

/** [case, language, text]: a date that only says when something was said. */
const SPEECH_ACTS: [string, string, string][] = [
  ['cue then date', 'en', 'Hospital managers said on Tuesday that the ward would stay open.'],
  ['cue, audience, date', 'en', 'Police chief Colm Reddy told a press conference on Sunday: “We have the paintings.”'],
  ['cue, a few words, date', 'en', 'The fund argued in a letter to investors last week that the price was too low.'],
  ['German cue with the speaker between', 'de', 'Das sagte Gesundheitsministerin Petra Lorenz am Montag im Landtag.'],
  ['Spanish denial on a day', 'es', 'La empresa negó esa acusación en un comunicado el martes.'],
];

describe('dated events', () => {
  it.each(EVENTS)('%s (%s)', (_name, language, text, clause, date, actor) => {
    const events = suggest({ text, language, reference: PUBLISHED }).filter((s) => s.type === 'event');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(words(text, event!).join(' ')).toContain(clause);
    expect(event?.type === 'event' && event.date.date).toBe(date);
    expect(event?.type === 'event' ? (event.actor?.name ?? null) : undefined).toBe(actor);
  });

  it.each(SPEECH_ACTS)('a speech act is no event: %s (%s)', (_name, language, text) => {
    expect(suggest({ text, language, reference: PUBLISHED }).filter((s) => s.type === 'event')).toEqual([]);
  });

  it('a length of time is no date: "for three weeks", "within a month"', () => {
    const text = 'The ship had been mapping the seabed for three weeks. The court must rule within a month.';
    expect(suggest({ text, language: 'en', reference: PUBLISHED }).filter((s) => s.type === 'event')).toEqual([]);
  });

  it.each([
    ['en', 'Veloria recalled its envoy on 12 October.\n\nThe day before, its navy had held exercises near the island of Tarn.', ['2022-10-12', '2022-10-11']],
    ['fr', 'Le navire a été saisi le 3 octobre. Le lendemain, le ministre a rappelé son ambassadeur.', ['2022-10-03', '2022-10-04']],
  ])('"the day before" and "the next day" count from the event told before them (%s)', (language, text, dates) => {
    const events = suggest({ text, language, reference: PUBLISHED }).filter((s) => s.type === 'event');
    expect(events.map((e) => e.type === 'event' && e.date.date)).toEqual(dates);
  });

  it('"the day before" with no dated event before it is left out', () => {
    expect(suggest({ text: 'The day before, the navy had held exercises.', language: 'en', reference: PUBLISHED }).filter((s) => s.type === 'event')).toEqual([]);
  });

  it('"now" and a time alone date nothing', () => {
    const events = suggest({ text: 'The queue is now long and the doors open at 5 pm.', language: 'en', reference: PUBLISHED }).filter((s) => s.type === 'event');
    expect(events).toEqual([]);
  });

  it('without a publication date only dates that name their own day are read', () => {
    const events = suggest({ text: 'The bridge opened on 14 March 2021. It closed again on Friday.', language: 'en', reference: null }).filter((s) => s.type === 'event');
    expect(events.map((e) => e.type === 'event' && e.date.date)).toEqual(['2021-03-14']);
  });
});
