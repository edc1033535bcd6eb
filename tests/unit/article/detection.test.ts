import { describe, expect, it } from 'vitest';
import { furnitureByWords, isCaptionLike } from '../../../core/article/furniture';
import { chooseHeadline, couldBeHeadline, deriveTitle, splitSiteName } from '../../../core/article/headline';
import { guessLanguage } from '../../../core/article/language';
import { readBylinePart } from '../../../core/article/byline';
import { cleanPastedText } from '../../../core/article/clean-pasted-text';
import { readDatelineAgency, readMetadataLine, readOutletLine } from '../../../core/article/metadata-lines';

describe('furniture by its words', () => {
  it.each([
    ['Skip to main content', 'navigation'],
    ['Մատչելիության հղումներ', 'navigation'],
    ['Перейти к содержанию', 'navigation'],
    ['Zum Inhalt springen', 'navigation'],
    ['Home > World > Europe', 'navigation'],
    ['Share', 'share'],
    ['Share on Facebook', 'share'],
    ['Facebook Twitter WhatsApp Email', 'share'],
    ['Поделиться', 'share'],
    ['Compartir en Twitter', 'share'],
    ['12 Comments', 'comments'],
    ['Leave a comment', 'comments'],
    ['Kommentare (4)', 'comments'],
    ['Source link', 'related'],
    ['Read more: Ferry fares to rise in spring', 'related'],
    ['Lire aussi : La pénurie de pédiatres inquiète', 'related'],
    ['Читайте также', 'related'],
    ['We use cookies to improve your experience on our site.', 'prompt'],
    ['Wir verwenden Cookies, um Inhalte zu personalisieren.', 'prompt'],
    ['Sign up for our morning briefing', 'prompt'],
    ['Подпишитесь на наш канал', 'prompt'],
    ['© 2024 The Harbour Times. All rights reserved.', 'footer'],
    ['Todos los derechos reservados', 'footer'],
    ['Image caption, Volunteers at work', 'caption'],
    ['Фото: пресс-служба', 'caption'],
    ['XS', 'controls'],
    ['A+', 'controls'],
    ['XS SM MD LG', 'controls'],
    ['2', 'controls'],
    ['https://example.org/story/12', 'link'],
    ['@harbourtimes', 'link'],
  ])('"%s" is %s', (line, reason) => {
    expect(furnitureByWords(line)).toBe(reason);
  });

  it.each([
    'The council said it would publish the report on Friday.',
    'Home secretary defends new border rules',
    'Share prices fell sharply after the announcement, traders said.',
    'Copyright reform divides European publishers',
    'Search for missing fishermen resumes at dawn',
  ])('keeps "%s"', (line) => {
    expect(furnitureByWords(line)).toBeNull();
  });

  it('tells a caption by the credit at its end', () => {
    expect(isCaptionLike('Counting staff at the town hall. Photo: Lena Brook')).toBe(true);
    expect(isCaptionLike('The bridge seen from the east bank (Karin Vogt/dpa)')).toBe(true);
    expect(isCaptionLike('The mayor said the bridge would reopen in June.')).toBe(false);
  });
});

describe('bylines', () => {
  it.each([
    ['By Ann Writer', 'Ann Writer'],
    ['by Ann Writer and Bo Teller', 'Ann Writer and Bo Teller'],
    ['By Finlay MacRae, Islands correspondent', 'Finlay MacRae, Islands correspondent'],
    ['Par Camille Berthier', 'Camille Berthier'],
    ['Von Jonas Hartwig', 'Jonas Hartwig'],
    ['Автор: Иван Петров', 'Иван Петров'],
    ['Por Lucía Ferrer', 'Lucía Ferrer'],
    ['Staff reporter', 'Staff reporter'],
  ])('"%s" names %s', (line, byline) => {
    expect(readBylinePart(line)).toBe(byline);
  });

  it.each(['By the end of the week the river had risen two metres.', 'By road', 'Par ailleurs, le maire a démissionné.'])(
    '"%s" is no byline',
    (line) => {
      expect(readBylinePart(line)).toBeNull();
    },
  );
});

describe('date lines', () => {
  it.each([
    ['14 June 2024', 'en', '2024-06-14'],
    ['Published 3 May 2024, 10:32', 'en', '2024-05-03T10:32'],
    ['March 12, 2024 4:37 PM GMT+1 Updated 2 hours ago', 'en', '2024-03-12T16:37+01:00'],
    ['Publié le 18 septembre 2023 à 06h45', 'fr', '2023-09-18T06:45'],
    ['Veröffentlicht am 22. Mai 2024', 'de', '2024-05-22'],
    ['14.03.2024, 08:12 Uhr', 'de', '2024-03-14T08:12'],
    ['12 октября 2023, 14:05', 'ru', '2023-10-12T14:05'],
    ['Publicado el 21/11/2023 a las 18:05', 'es', '2023-11-21T18:05'],
    ['14 նոյեմբերի, 2023', undefined, '2023-11-14'],
  ])('"%s" (%s) is %s', (line, language, publishedDate) => {
    expect(readMetadataLine(line, language)?.publishedDate).toBe(publishedDate);
  });

  it('reads a byline and a date sharing a line, with a reading time', () => {
    expect(readMetadataLine('By Ann Writer | 3 May 2024 | 4 min read', 'en')).toEqual({
      byline: 'Ann Writer',
      published: '3 May 2024',
      publishedDate: '2024-05-03',
    });
  });

  it.each(['3 hours ago', 'Talks between the two sides resume on 3 May 2024 in the capital.', 'Updated'])(
    '"%s" gives no publication date',
    (line) => {
      expect(readMetadataLine(line, 'en')?.publishedDate).toBeUndefined();
    },
  );
});

describe('outlets', () => {
  it.each([
    ['© 2024 The Tarrow Courier. All rights reserved.', 'The Tarrow Courier'],
    ['© Le Courrier de la Loire - Tous droits réservés', 'Le Courrier de la Loire'],
    ['Copyright 2023 Harbour Radio', 'Harbour Radio'],
    ['Quelle: Westfälische Abendpost', 'Westfälische Abendpost'],
    ['Источник: Северогорск Сегодня', 'Северогорск Сегодня'],
  ])('"%s" names %s', (line, outlet) => {
    expect(readOutletLine(line)).toBe(outlet);
  });

  it.each([
    ['VELMORA, March 12 (Reuters) - Dock workers extended their strike.', 'Reuters'],
    ['Ostwald (dpa) - Die Einigung kam in der Nacht.', 'dpa'],
    ['MARVEILLE, 7 fév (AFP) - Près d’un vol sur deux a été annulé.', 'AFP'],
    ['The mayor (Labour) said the plan was final.', null],
  ])('the dateline of "%s" names %s', (paragraph, agency) => {
    expect(readDatelineAgency(paragraph)).toBe(agency);
  });
});

describe('headlines', () => {
  it.each([
    ['Dock workers extend strike as talks stall', true],
    ['Lake level falls to a ten-year low, experts warn', true],
    ['Storm Idris: ferries cancelled', true],
    ['Politics', false],
    ['Home > World > Europe', false],
    ['The council voted on Wednesday to close two libraries.', false],
  ])('"%s" could be a headline: %s', (line, could) => {
    expect(couldBeHeadline(line)).toBe(could);
  });

  it('prefers the fuller line right above the article to menu lines higher up', () => {
    const chosen = chooseHeadline([
      { index: 0, text: 'Latest news and analysis', nextToBody: false },
      { index: 3, text: 'Dock workers extend strike as talks stall', nextToBody: true },
    ]);
    expect(chosen?.index).toBe(3);
  });

  it.each([
    ['River levels fall | The Gazette', [], { headline: 'River levels fall', site: 'The Gazette' }],
    ['River levels fall again – The Gazette', ['the gazette'], { headline: 'River levels fall again', site: 'The Gazette' }],
    ['Pay deal reached – Strikes called off', [], { headline: 'Pay deal reached – Strikes called off' }],
  ] as const)('splits "%s"', (line, names, expected) => {
    expect(splitSiteName(line, new Set(names))).toEqual(expected);
  });

  it('derives a short title from the lead: its first sentence, cut at a word', () => {
    expect(deriveTitle('The council voted to close two libraries. Campaigners were dismayed.')).toBe('The council voted to close two libraries');
    const long = deriveTitle(
      'The city council of a small northern town voted late on Wednesday to close two of its five public libraries next year, despite a petition.',
    );
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('The city council of a small northern town')).toBe(true);
  });
});

describe('language', () => {
  it.each([
    ['The council said that the plan was approved and the work would start in spring.', 'en'],
    ['Le conseil a dit que le plan est adopté et que les travaux commencent au printemps pour les écoles.', 'fr'],
    ['Der Rat sagte, dass der Plan beschlossen ist und die Arbeiten im Frühjahr mit den Schulen beginnen.', 'de'],
    ['El consejo dijo que el plan fue aprobado y que las obras empiezan en la primavera con los colegios.', 'es'],
    ['Совет заявил, что план утверждён и что работы начнутся весной, как и было обещано в прошлом году.', 'ru'],
    ['Համայնքի ղեկավարի խոսքով՝ նոր դպրոցը կբացվի սեպտեմբերին։', 'hy'],
  ])('"%s" is %s', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });
});

describe("the article's end", () => {
  const lead = [
    'Menu',
    'Ferry fares to rise in spring across the Lenna',
    'The regional transport office said on Monday that ferry fares would rise by a tenth from April, the first rise in six years.',
    'Passengers on the southern crossing will pay the most, because the route needs a second boat in summer.',
  ];

  it.each([
    ['English', 'Talks resume on Friday.'],
    ['French', 'La décision est attendue lundi.'],
    ['German', 'Die Entscheidung fällt am Montag.'],
  ])('keeps a short, ordinary last paragraph (%s) and removes the furniture after it', (_, closing) => {
    const cleaned = cleanPastedText([...lead, closing, 'Share', 'Related stories', 'Bus timetable changes for the summer'].join('\n'));
    expect(cleaned.blocks.at(-1)?.text).toBe(closing);
    expect(cleaned.removed.map((line) => line.text)).toEqual(['Menu', 'Share', 'Related stories', 'Bus timetable changes for the summer']);
  });

  it('still removes a short line under the article that is a label, a caption or furniture by its words', () => {
    const cleaned = cleanPastedText([...lead, 'Ends.', 'Photo: Harbour Times.', 'Sign up for our morning briefing.'].join('\n'));
    expect(cleaned.blocks.at(-1)?.text).toBe(lead[3]);
    expect(cleaned.removed.map((line) => line.text)).toEqual(['Menu', 'Ends.', 'Photo: Harbour Times.', 'Sign up for our morning briefing.']);
  });
});
