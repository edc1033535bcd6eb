/** French, German and Spanish month names, January first, for wording the date parsers miss (they read the months themselves elsewhere). */
export const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'januar', 'jänner', 'enero'], ['février', 'februar', 'febrero'], ['mars', 'märz', 'marzo'], ['avril', 'april', 'abril'], ['mai', 'mayo'], ['juin', 'juni', 'junio'],
  ['juillet', 'juli', 'julio'], ['août', 'august', 'agosto'], ['septembre', 'september', 'septiembre', 'setiembre'], ['octobre', 'oktober', 'octubre'], ['novembre', 'november', 'noviembre'], ['décembre', 'dezember', 'diciembre'],
];
export const MONTH_NAMES = MONTHS.flat().join('|');
/** The first three letters of a month's name, which every short form of it starts with. */
const MONTH_STARTS = [...new Set(MONTHS.flat().map((name) => name.slice(0, 3)))].join('|');
/** A month's name, whole or shortened as papers print it ("sept.", "déc.", "ene", "févr."). */
export const MONTH_WORDS = `(?:${MONTH_STARTS})\\p{L}*\\.?`;
/** A month's name shortened ("sept.", "dic"), not whole: the parsers read whole names themselves, short ones not always. */
export const SHORT_MONTH_WORDS = `(?!(?:${MONTH_NAMES})(?!\\p{L}))${MONTH_WORDS}`;

/** Weekday names, Monday first, in English, German, French, Spanish and Russian (Russian as stems, for its cases). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['monday', 'montag', 'lundi', 'lunes', 'понедельник'], ['tuesday', 'dienstag', 'mardi', 'martes', 'вторник'],
  ['wednesday', 'mittwoch', 'mercredi', 'miércoles', 'сред[ау]'], ['thursday', 'donnerstag', 'jeudi', 'jueves', 'четверг'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'пятниц[ау]'], ['saturday', 'samstag', 'sonnabend', 'samedi', 'sábado', 'суббот[ау]'],
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'воскресенье'],
];
export const WEEKDAY_NAMES = WEEKDAYS.flat().join('|');

/** Which weekday a name names, Monday 0 (as WEEKDAYS counts), or -1 when it names none. */
export function weekdayIndex(word: string): number {
  return WEEKDAYS.findIndex((names) => names.some((name) => new RegExp(`^(?:${name})$`, 'iu').test(word)));
}
