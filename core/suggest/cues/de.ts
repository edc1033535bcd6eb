import type { CueList } from './cue-list';

/** German reports mostly in the Präteritum ("sagte") or with "so" after the quote ("so Scholz"). */
export const GERMAN: CueList = {
  reporting: [
    'sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betont', 'fügte hinzu', 'warnte', 'warnt',
    'teilte mit', 'sagte am', 'meinte', 'meint', 'ergänzte', 'ergänzt', 'unterstrich', 'kündigte an', 'schrieb', 'schreibt',
    'antwortete', 'bestätigte', 'räumte ein', 'stellte klar', 'versicherte', 'versprach', 'mahnte', 'forderte', 'fragte',
    'sagte der', 'so', 'hieß es', 'heißt es', 'berichtete', 'erläuterte', 'hob hervor', 'kritisierte',
  ],
  claims: [
    'behauptete', 'behauptet', 'behaupteten', 'bestritt', 'bestreitet', 'beharrte', 'beschuldigte', 'beschuldigt',
    'warf vor', 'warf', 'warfen', 'argumentierte', 'wies zurück', 'dementierte', 'unterstellte', 'leugnete',
  ],
  denials: ['bestritt', 'bestreitet', 'wies zurück', 'dementierte', 'leugnete'],
  according: ['laut', 'nach Angaben von', 'nach Worten von', 'zufolge'],
  complementisers: ['dass'],
  titles: [
    'präsident', 'präsidentin', 'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'minister', 'ministerin',
    'außenminister', 'außenministerin', 'verteidigungsminister', 'innenminister', 'finanzminister', 'sprecher',
    'sprecherin', 'regierungssprecher', 'chef', 'chefin', 'direktor', 'direktorin', 'botschafter', 'botschafterin',
    'generalsekretär', 'generalsekretärin', 'bürgermeister', 'bürgermeisterin', 'abgeordnete', 'abgeordneter',
    'vorsitzende', 'vorsitzender', 'richter', 'richterin', 'staatsanwalt', 'dr.', 'prof.', 'herr', 'frau', 'general',
    'ministerpräsident', 'ministerpräsidentin', 'premierminister', 'premierministerin', 'bundespräsident', 'leiter', 'leiterin',
  ],
  organisations: [
    'ministerium', 'rat', 'organisation', 'agentur', 'partei', 'amt', 'regierung', 'union', 'kommission', 'ausschuss',
    'polizei', 'armee', 'bundeswehr', 'kreml', 'parlament', 'bundestag', 'gericht', 'bank', 'konzern', 'gruppe', 'bündnis',
    'dienst', 'institut', 'behörde', 'verband', 'stiftung', 'universität', 'botschaft', 'kanzleramt',
  ],
  personPronouns: ['er', 'sie'],
  organisationPronouns: ['es'],
  determiners: ['der', 'die'],
  notNames: [
    'der', 'die', 'das', 'ein', 'eine', 'in', 'am', 'an', 'auf', 'aber', 'und', 'oder', 'wenn', 'als', 'nach', 'vor', 'seit',
    'für', 'mit', 'von', 'bei', 'dies', 'diese', 'dieser', 'er', 'sie', 'es', 'wir', 'ich', 'man', 'laut', 'montag',
    'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'gestern', 'heute', 'morgen', 'zudem', 'doch',
    'auch', 'noch', 'so', 'im', 'zum', 'zur', 'den', 'dem', 'des',
  ],
  passive: ['wurde', 'wurden', 'worden'],
  dateWords: [
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'gestern', 'vorgestern', 'heute', 'morgen', 'übermorgen',
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'woche', 'monat', 'jahr', 'tag',
  ],
  scheduled: [
    'berät', 'beraten', 'beginnt', 'beginnen', 'startet', 'starten', 'öffnet', 'öffnen', 'schließt', 'schließen', 'tagt', 'tagen',
    'stimmt', 'stimmen', 'entscheidet', 'entscheiden', 'trifft sich', 'treffen sich', 'tritt', 'findet', 'finden', 'endet', 'enden',
    'läuft', 'laufen', 'reist', 'besucht', 'kommt', 'kommen', 'eröffnet', 'verhandelt', 'bleibt', 'bleiben',
  ],
};
