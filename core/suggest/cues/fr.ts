import type { CueList } from './cue-list';

/** Past participles are listed with their auxiliary and without it (the inverted "a-t-il déclaré" keeps the participle last). */
export const FRENCH: CueList = {
  reporting: [
    'a déclaré', 'a dit', 'a affirmé', 'a ajouté', 'a expliqué', 'a souligné', 'a indiqué', 'a assuré', 'a estimé',
    'a averti', 'a précisé', 'a annoncé', 'a confié', 'a rappelé', 'a répondu', 'a lancé', 'a martelé', 'a reconnu',
    'a jugé', 'a poursuivi', 'a conclu', 'a écrit', 'a tweeté', 'a promis', 'a prévenu', 'a observé', 'a commenté',
    'ont déclaré', 'ont dit', 'ont affirmé', 'ont ajouté', 'ont expliqué', 'ont indiqué', 'ont annoncé', 'ont assuré',
    'déclaré', 'affirmé', 'ajouté', 'expliqué', 'souligné', 'indiqué', 'assuré', 'estimé', 'averti', 'précisé', 'annoncé',
    'confié', 'rappelé', 'répondu', 'lancé', 'martelé', 'reconnu', 'poursuivi', 'conclu', 'écrit',
    'déclare', 'dit', 'affirme', 'ajoute', 'explique', 'souligne', 'indique', 'assure', 'estime', 'avertit', 'précise',
    'annonce', 'confie', 'rappelle', 'répond', 'lance', 'martèle', 'reconnaît', 'poursuit', 'conclut', 'écrit',
    'déclara', 'dit-il', 'dit-elle', 'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il dit', 'a-t-elle dit', 'a-t-il ajouté',
    'a-t-elle ajouté', 'a-t-il affirmé', 'a-t-elle affirmé', 'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il souligné',
    'a-t-elle souligné', 'a-t-il assuré', 'a-t-elle assuré', 'a-t-il estimé', 'a-t-elle estimé', 'a-t-il précisé',
    'a-t-elle précisé', 'a-t-il averti', 'a-t-elle averti', 'a-t-il lancé', 'a-t-elle lancé', 'a-t-il prévenu',
    'a-t-elle prévenu', 'a-t-il insisté', 'a-t-elle insisté', 'a-t-il répondu', 'a-t-elle répondu',
  ],
  claims: [
    'a accusé', 'accuse', 'accusé', 'a nié', 'nie', 'nié', 'a démenti', 'dément', 'démenti', 'a prétendu', 'prétend',
    'a soutenu', 'soutient', 'a insisté', 'insiste', 'a allégué', 'allègue', 'a contesté', 'conteste', 'a rejeté', 'rejette',
    'ont accusé', 'ont nié', 'ont démenti', 'ont affirmé sans preuve', 'a-t-il insisté',
  ],
  denials: ['a nié', 'nie', 'nié', 'a démenti', 'dément', 'démenti', 'a contesté', 'conteste', 'a rejeté', 'rejette', 'ont nié', 'ont démenti'],
  according: ['selon', "d'après", 'd’après', 'aux dires de'],
  complementisers: ['que', "qu'", 'qu’'],
  titles: [
    'président', 'présidente', 'premier', 'première', 'ministre', 'secrétaire', 'général', 'générale', 'porte-parole',
    'chef', 'directeur', 'directrice', 'ambassadeur', 'ambassadrice', 'commissaire', 'juge', 'maire', 'député', 'députée',
    'sénateur', 'sénatrice', 'm.', 'mme', 'dr', 'roi', 'reine', 'pape', 'conseiller', 'conseillère', 'procureur',
    'procureure', 'avocat', 'avocate', 'des affaires étrangères', 'affaires', 'étrangères', 'intérieur', 'défense',
    'gouverneur', 'chancelier', 'chancelière', 'vice-président', 'vice-présidente', 'patron', 'patronne', 'dirigeant',
    'dirigeante', 'homologue', 'colonel', 'commandant',
  ],
  organisations: [
    'ministère', 'conseil', 'organisation', 'agence', 'parti', 'bureau', 'gouvernement', 'union', 'commission', 'comité',
    'police', 'armée', 'kremlin', 'parlement', 'assemblée', 'cour', 'tribunal', 'banque', 'société', 'groupe', 'alliance',
    'service', 'institut', 'autorité', 'autorités', 'fédération', 'association', 'fondation', 'université', 'élysée',
    'matignon', 'préfecture', 'mairie', 'syndicat', 'ambassade', 'sénat',
  ],
  personPronouns: ['il', 'elle'],
  organisationPronouns: [],
  determiners: ['le', 'la', "l'", 'l’'],
  notNames: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'en', 'à', 'au', 'aux', 'mais', 'et', 'ou', 'si', 'quand', 'après',
    'avant', 'comme', 'pour', 'avec', 'par', 'ce', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'je', 'vous', 'on',
    'selon', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', 'aujourd’hui', 'demain',
    'son', 'sa', 'ses', 'leur', 'leurs', 'dans', 'sur', 'sous', 'depuis', 'pendant', 'ainsi', 'alors', 'pourtant',
  ],
  passive: ['été', 'est', 'était', 'sont'],
};
