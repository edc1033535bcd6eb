/** French, German and Spanish month names, January first, for wording the date parsers miss (they read the months themselves elsewhere). */
export const MONTHS: readonly (readonly string[])[] = [
  ['janvier', 'januar', 'jänner', 'enero'], ['février', 'februar', 'febrero'], ['mars', 'märz', 'marzo'], ['avril', 'april', 'abril'], ['mai', 'mayo'], ['juin', 'juni', 'junio'],
  ['juillet', 'juli', 'julio'], ['août', 'august', 'agosto'], ['septembre', 'september', 'septiembre', 'setiembre'], ['octobre', 'oktober', 'octubre'], ['novembre', 'november', 'noviembre'], ['décembre', 'dezember', 'diciembre'],
];
export const MONTH_NAMES = MONTHS.flat().join('|');

/** Weekday names, Monday first, in English, German, French, Spanish and Russian (Russian as stems, for its cases). */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['monday', 'montag', 'lundi', 'lunes', 'понедельник'], ['tuesday', 'dienstag', 'mardi', 'martes', 'вторник'],
  ['wednesday', 'mittwoch', 'mercredi', 'miércoles', 'сред[ау]'], ['thursday', 'donnerstag', 'jeudi', 'jueves', 'четверг'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'пятниц[ау]'], ['saturday', 'samstag', 'sonnabend', 'samedi', 'sábado', 'суббот[ау]'],
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'воскресенье'],
];
export const WEEKDAY_NAMES = WEEKDAYS.flat().join('|');
