import type { EntityKind } from '../model/entity';
import { aliasKey } from '../entities/alias-key';
import type { Subject } from './names';
import { firstNotBefore } from './ordered';

/** A person or organisation a suggestion names, as the entity it will link to. */
export interface Named {
  name: string;
  entityKind: EntityKind;
}

type Mention = Extract<Subject, { kind: 'named' }>;

/** How many names back (or ahead) a pronoun or a role is looked for: the referent is near, and a long article must not cost a pass per pronoun. */
const REACH = 200;

const ACRONYM = /^[\p{Lu}]{2,6}$/u;
/** The first letters of a name's capitalised words: "Collective Security Treaty Organization" is "CSTO". */
const initialsOf = (name: string) =>
  name
    .split(/\s+/u)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
const lastWord = (name: string) => aliasKey(name).split(/\s+/).at(-1) ?? '';

/**
 * Turns a subject into the person or organisation it means, from the names
 * the text mentions: a surname alone into the full name the article gave
 * ("Lavrov" is "Sergey Lavrov"), a pronoun into the last person (or
 * organisation) named before it, "the minister" into the last person named
 * with that title. Null when the text does not say who.
 */
export class Resolver {
  /** Person mentions by their last word, for finding a surname's full name without reading every mention. */
  private readonly bySurname = new Map<string, Mention[]>();

  /** Organisations by the initials of their capitalised words ("CSTO" for "Collective Security Treaty Organization"). */
  private readonly byInitials = new Map<string, string>();

  constructor(private readonly mentions: readonly Mention[]) {
    for (const mention of mentions) {
      if (mention.entityKind === 'organisation') {
        const initials = initialsOf(mention.name);
        if (initials.length >= 2 && !this.byInitials.has(initials)) this.byInitials.set(initials, mention.name);
      }
      if (mention.entityKind !== 'person') continue;
      const key = lastWord(mention.name);
      const list = this.bySurname.get(key) ?? [];
      // Only a longer name than any already listed adds anything: the list stays as short as the forms a name takes.
      if (!list.some((m) => m.name === mention.name)) list.push(mention);
      this.bySurname.set(key, list);
    }
  }

  resolve(subject: Subject | null, at: number): Named | null {
    if (!subject) return null;
    switch (subject.kind) {
      case 'named':
        if (subject.entityKind === 'person') return this.fullName(subject.name, at);
        // An acronym is the organisation the article spelled out ("the CSTO" after "the Collective Security Treaty Organization (CSTO)").
        return { name: (ACRONYM.test(subject.name) && this.byInitials.get(subject.name)) || subject.name, entityKind: subject.entityKind };
      case 'pronoun':
        return this.lastBefore(at, (m) => m.entityKind === subject.entityKind);
      case 'role': {
        const head = subject.role.split(' ').at(-1) ?? subject.role;
        // Whole words of the role or name: "minister" fits "foreign minister", not "ministers" (no split per mention: a role is looked for through up to REACH of them).
        const word = ` ${head} `;
        const fits = (m: Mention) => ` ${m.entityKind === 'person' ? m.role : this.key(m.name)} `.includes(word);
        // A headline's "says mayor" names the mayor the article introduces below it.
        return this.lastBefore(at, fits) ?? this.firstAfter(at, fits);
      }
      case 'unnamed':
        return null;
    }
  }

  /** The longest name the article gives a person whose last word this name ends with, preferring one before `at`. */
  private fullName(name: string, at: number): Named {
    const key = lastWord(name);
    let best: Mention | undefined;
    for (const mention of this.bySurname.get(key) ?? []) {
      // The fullest name before `at`, the latest where two are as full ("Lorna Pike", then "Colm Pike").
      const before = mention.start < at;
      const better = !best || (before && best.start >= at) || (before === best.start < at && (mention.name.length > best.name.length || (before && mention.name !== best.name && mention.start > best.start)));
      if (better) best = mention;
    }
    const full = best && best.name.length > name.length && aliasKey(best.name).endsWith(aliasKey(name)) ? best.name : name;
    return { name: full, entityKind: 'person' };
  }

  private lastBefore(at: number, fits: (mention: Mention) => boolean): Named | null {
    const from = this.lastIndexBefore(at);
    for (let i = from; i >= Math.max(0, from - REACH); i--) {
      const mention = this.mentions[i] as Mention;
      if (fits(mention)) return mention.entityKind === 'person' ? this.fullName(mention.name, mention.end) : { name: mention.name, entityKind: mention.entityKind };
    }
    return null;
  }

  private firstAfter(at: number, fits: (mention: Mention) => boolean): Named | null {
    const from = this.lastIndexBefore(at) + 1;
    for (let i = from; i < Math.min(this.mentions.length, from + REACH); i++) {
      const mention = this.mentions[i] as Mention;
      if (fits(mention)) return { name: mention.name, entityKind: mention.entityKind };
    }
    return null;
  }

  private readonly keys = new Map<string, string>();

  /** A name's alias key, worked out once per name: it is asked for again for every pronoun and role. */
  private key(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = aliasKey(name);
      this.keys.set(name, key);
    }
    return key;
  }

  private lastIndexBefore(at: number): number {
    return firstNotBefore(this.mentions.length, (i) => (this.mentions[i] as Mention).end <= at) - 1;
  }
}
