import type { CueList } from './cue-list';
import { ENGLISH } from './en';
import { FRENCH } from './fr';
import { GERMAN } from './de';
import { SPANISH } from './es';
import { RUSSIAN } from './ru';

/** Every language's cue list by ISO 639-1 code. The engine reads them all at once: cues rarely mean anything else in another language. */
export const CUE_LISTS: Readonly<Record<string, CueList>> = { en: ENGLISH, fr: FRENCH, de: GERMAN, es: SPANISH, ru: RUSSIAN };
