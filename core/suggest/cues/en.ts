import type { CueList } from './cue-list';

export const ENGLISH: CueList = {
  reporting: [
    'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'stated', 'states', 'explained', 'explains',
    'noted', 'notes', 'observed', 'remarked', 'replied', 'responded', 'answered', 'asked', 'wrote', 'writes', 'declared',
    'announced', 'announces', 'stressed', 'stresses', 'emphasised', 'emphasized', 'continued', 'concluded', 'recalled',
    'acknowledged', 'admitted', 'conceded', 'confirmed', 'confirms', 'suggested', 'urged', 'predicted', 'promised', 'pledged',
    'vowed', 'cautioned', 'complained', 'lamented', 'tweeted', 'posted', 'joked', 'quipped', 'shouted', 'commented',
    'testified', 'boasted', 'reiterated', 'repeated', 'countered', 'retorted', 'pointed out', 'went on', 'saying', 'telling', 'adding', 'warning',
    'noting', 'stressing', 'explaining', 'reported', 'reports', 'revealed', 'disclosed', 'underlined', 'underscored', 'conveyed',
    'highlighted', 'questioned',
  ],
  claims: [
    'claimed', 'claims', 'accused', 'accuses', 'alleged', 'alleges', 'denied', 'denies', 'insisted', 'insists', 'argued',
    'argues', 'maintained', 'maintains', 'asserted', 'asserts', 'contended', 'contends', 'charged', 'rejected', 'claiming',
    'accusing', 'alleging', 'denying', 'insisting', 'arguing',
  ],
  denials: ['denied', 'denies', 'rejected', 'denying'],
  according: ['according to', 'in the words of'],
  complementisers: ['that'],
  titles: [
    'president', 'prime', 'minister', 'secretary', 'general', 'chancellor', 'senator', 'sen.', 'governor', 'mayor',
    'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'director', 'ambassador', 'commissioner', 'judge', 'gen.', 'col.',
    'colonel', 'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'king', 'queen', 'pope', 'rep.', 'foreign',
    'defence', 'defense', 'deputy', 'vice', 'speaker', 'ceo', 'chairman', 'chairwoman', 'chair', 'head', 'justice',
    'interior', 'finance', 'economy', 'health', 'premier', 'leader', 'lawmaker', 'mp', 'adviser', 'advisor', 'envoy',
    'professor', 'prof.', 'captain', 'commander', 'lieutenant', 'sergeant', 'officer', 'analyst', 'economist', 'mayor',
    'executive', 'founder', 'chairperson', 'counterpart', 'lawyer', 'attorney', 'prosecutor', 'inspector', 'superintendent',
  ],
  organisations: [
    'ministry', 'council', 'organization', 'organisation', 'agency', 'party', 'office', 'government', 'union', 'commission',
    'committee', 'police', 'army', 'kremlin', 'parliament', 'assembly', 'court', 'bank', 'company', 'group', 'alliance',
    'service', 'department', 'institute', 'bureau', 'authority', 'authorities', 'corporation', 'inc', 'ltd', 'league',
    'federation', 'association', 'foundation', 'university', 'board', 'cabinet', 'embassy', 'white house', 'pentagon',
    'secretariat', 'senate', 'congress', 'directorate', 'coalition', 'network', 'news', 'times', 'post', 'press',
    'hospital', 'fund', 'capital', 'watch', 'terminals', 'airlines', 'airport', 'railways', 'rail', 'school', 'club', 'trust',
  ],
  personPronouns: ['he', 'she'],
  organisationPronouns: ['it'],
  determiners: ['the'],
  notNames: [
    'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before', 'as', 'since', 'for',
    'with', 'by', 'from', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here',
    'then', 'yet', 'still', 'also', 'however', 'meanwhile', 'asked', 'speaking', 'writing', 'during', 'under', 'over',
    'his', 'her', 'their', 'our', 'its', 'my', 'your', 'one', 'some', 'many', 'most', 'several', 'according', 'last',
    'next', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
    'saturday', 'sunday', 'so', 'not', 'no', 'all', 'both', 'each', 'every', 'other', 'another', 'such',
  ],
  passive: ['was', 'were', 'been', 'be', 'being', 'is', 'are', 'get', 'got'],
  dateWords: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'yesterday', 'tomorrow',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
    // Abbreviations without their full stop ("Oct 3rd"), as whole words: "dec" alone would start "decided".
    'jan ', 'feb ', 'mar ', 'apr ', 'jun ', 'jul ', 'aug ', 'sep ', 'sept ', 'oct ', 'nov ', 'dec ', 'week', 'month', 'year', 'ago', 'fortnight',
  ],
  scheduled: [
    'meets', 'begins', 'starts', 'opens', 'closes', 'resumes', 'reopens', 'ends', 'votes', 'holds', 'hosts', 'visits', 'arrives',
    'leaves', 'returns', 'launches', 'expires', 'convenes', 'debates', 'decides', 'takes effect', 'comes into force', 'goes on sale',
    'kicks off', 'gets under way', 'takes place', 'travels', 'sits', 'hears', 'rules', 'sails', 'departs', 'finishes',
  ],
};
