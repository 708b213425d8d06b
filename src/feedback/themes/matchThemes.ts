import { stemmerFor, type Stem } from './stemmers.js';
import type { ThemeDefinition } from './themeDefinitions.js';
import { foldAccents } from '../text/foldAccents.js';
import { LANGUAGES, type Language } from '../../output/language.js';

/** Finds the themes a sentence mentions. */
export interface ThemeMatcher {
  /** The theme ids, in taxonomy order (the order of `match`'s answers). */
  readonly themeIds: readonly string[];
  /** The ids of the themes the sentence mentions, in taxonomy order, without duplicates. */
  match(sentence: string, language: string): string[];
}

/** A term written with this prefix matches its exact (folded) words, not their stems. */
export const EXACT_TERM_PREFIX = '=';

/**
 * A term written with this prefix is an exclusion of its theme: where the phrase occurs, the
 * theme's terms that lie wholly inside it are not matched (`!reçu de réponse` in `delivery`:
 * a reply received is not a parcel received; the other themes' terms inside it still count).
 */
export const EXCLUSION_TERM_PREFIX = '!';

/** A word ending in one of these letters may be a plural: its singular's stem is a key too. */
const PLURAL_ENDING = /[sx]$/;

/** Only words longer than this are treated as possible plurals. */
const MIN_PLURAL_LENGTH = 3;

/** Words memoised per language before the memo is emptied (bounds memory on endless new words). */
const MAX_MEMOISED_WORDS = 200_000;

/** Only the first characters of a sentence are read (sentences are at most 400 from splitSentences). */
const MAX_MATCHED_CHARACTERS = 20_000;

/** Words: runs of letters and digits (apostrophes and hyphens separate words, in terms as in sentences). */
const WORDS = /[\p{L}\p{N}]+/gu;

/** A word of digits only: never stemmed. */
const DIGITS_ONLY = /^\p{N}+$/u;

/**
 * Words, written exactly (lower-case, with their accents), whose stem must not match any
 * stemmed term: they share a stem with a theme word but mean something else. French
 * `livre`/`livres` is the book (its stem `livr` is that of `livré`, delivered), `pays` the
 * country (not `payé`), `attentif`/`attentive`/`attention` care (stem `attent`, that of `attente`,
 * waiting), and the English `attendants` and `attendance` (stem `attend`, that of `attendre`): the
 * French terms read English text too when the language is not known.
 */
const NEVER_STEMMED: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(['livre', 'livres', 'pays', 'attentif', 'attentifs', 'attentive', 'attentives', 'attention', 'attendants', 'attendance']),
  en: new Set(['book', 'books']),
};

/**
 * Phrases that neutralise the theme terms inside them (a term starting within one of them is
 * not matched): `can't wait` is eagerness, not waiting time; a `return flight` is not a return.
 */
const NEUTRAL_PHRASES: Readonly<Record<Language, readonly string[]>> = {
  fr: ['merci pour votre retour', 'vos retours', 'aller retour', 'aller-retour'],
  en: ["can't wait", 'cant wait', 'cannot wait', 'return flight', 'return trip', 'return journey', 'in return'],
};

/** One word of a compiled term: the keys a sentence word must share one of. */
type ElementKeys = readonly string[];

/** A compiled term: the theme it points to (−1 for a neutral phrase), whether it excludes that theme, and its words' keys. */
interface CompiledTerm {
  readonly theme: number;
  readonly exclusion: boolean;
  readonly elements: readonly ElementKeys[];
}

/** Everything needed to match one language. */
interface LanguageIndex {
  readonly keysOf: (word: string) => readonly string[];
  readonly termsByFirstKey: ReadonlyMap<string, readonly CompiledTerm[]>;
}

/**
 * Compiles theme definitions into a matcher. Every term of every theme is split into words
 * (runs of letters and digits), and each word into keys: its stem by the language's Snowball
 * stemmer (nlp.js), computed both on the word and on the word without accents, both without
 * accents — so `livrée`, `livree`, `livrés` and `livraison`'s forms meet their term whatever
 * the accents — or, for a term written `=word`, the word itself without accents. A sentence
 * is split the same way, each word's keys computed once (memoised), with for a word ending in
 * `s` or `x` the stem of its singular as one more key (Snowball stems some pairs apart:
 * `retrait` → `retr`, `retraits` → `retrait`); a term matches where its
 * words' keys meet consecutive sentence words. `match(sentence, 'fr')` uses the French terms
 * and stemmer, `'en'` the English ones, any other language both. Case and accents never
 * matter; negation is ignored (a mention is a mention). A few French and English words
 * whose stem collides with a theme word (`livre`, the book) only match a term written
 * exactly, and a few phrases neutralise the terms inside them (`can't wait`, `return flight`).
 * A term written `!phrase` is an exclusion of its theme: the theme's terms lying wholly inside
 * a place where the phrase occurs are not matched (`!reçu de réponse` keeps `reçu` from
 * naming delivery there; `réponse` still names customer service). Definitions sharing an id are merged into the first. Answers are ids in the order of the
 * definitions, without duplicates; match never throws.
 *
 * @example compileThemes(DEFAULT_THEMES).match('Colis reçu abîmé, remboursement refusé', 'fr')
 *   // ['delivery', 'product_quality', 'returns_and_refunds']
 */
export function compileThemes(definitions: readonly ThemeDefinition[]): ThemeMatcher {
  const themeIds: string[] = [];
  const themeIndex = new Map<string, number>();
  for (const definition of definitions) {
    if (!themeIndex.has(definition.id)) {
      themeIndex.set(definition.id, themeIds.length);
      themeIds.push(definition.id);
    }
  }
  const indexes = new Map<Language, LanguageIndex>();
  for (const language of LANGUAGES) {
    const stem = stemmerFor(language);
    const keysOf = memoisedKeys(language, stem);
    const termsByFirstKey = new Map<string, CompiledTerm[]>();
    const add = (term: string, theme: number): void => {
      const compiled = compileTerm(term, theme, stem);
      if (compiled === null) return;
      for (const key of compiled.elements[0] ?? []) {
        const list = termsByFirstKey.get(key);
        if (list === undefined) termsByFirstKey.set(key, [compiled]);
        else list.push(compiled);
      }
    };
    for (const phrase of NEUTRAL_PHRASES[language]) add(phrase, -1);
    for (const definition of definitions) {
      const theme = themeIndex.get(definition.id) ?? -1;
      for (const term of definition.terms?.[language] ?? []) add(term, theme);
    }
    indexes.set(language, { keysOf, termsByFirstKey });
  }
  const frozenIds = Object.freeze([...themeIds]);
  return {
    themeIds: frozenIds,
    match(sentence: string, language: string): string[] {
      if (typeof sentence !== 'string' || sentence.length === 0) return [];
      const words = wordsOf(sentence.slice(0, MAX_MATCHED_CHARACTERS));
      if (words.length === 0) return [];
      const found = new Array<boolean>(frozenIds.length).fill(false);
      const languages: readonly Language[] = language === 'fr' || language === 'en' ? [language] : LANGUAGES;
      const keyed: KeyedWords[] = [];
      for (const termLanguage of languages) {
        const index = indexes.get(termLanguage);
        if (index !== undefined) keyed.push({ index, keys: words.map(index.keysOf) });
      }
      markThemes(keyed, words.length, found);
      const answer: string[] = [];
      for (let theme = 0; theme < frozenIds.length; theme += 1) if (found[theme] === true) answer.push(frozenIds[theme] ?? '');
      return answer;
    },
  };
}

/** A language's index with the keys of a sentence's words in that language. */
interface KeyedWords {
  readonly index: LanguageIndex;
  readonly keys: readonly (readonly string[])[];
}

/**
 * Marks in `found` the themes whose terms (of any of the languages given) start at a word not
 * covered by a neutral phrase and lie wholly inside no exclusion phrase of their theme. One
 * sweep over the words: at each position the neutral and exclusion phrases starting there (in
 * any language) are recorded first, as the furthest word each reaches; a term starting at the
 * position lies inside an exclusion of its theme exactly when the furthest end of the
 * exclusions begun so far reaches its own end (one that starts later cannot contain it).
 */
function markThemes(keyed: readonly KeyedWords[], wordCount: number, found: boolean[]): void {
  const excludedUntil = new Array<number>(found.length).fill(0);
  let neutralUntil = 0;
  for (let position = 0; position < wordCount; position += 1) {
    for (const { index, keys } of keyed) {
      for (const key of keys[position] ?? []) {
        for (const term of index.termsByFirstKey.get(key) ?? []) {
          if ((term.theme >= 0 && !term.exclusion) || !matchesAt(term, keys, position)) continue;
          const end = position + term.elements.length;
          if (term.theme < 0) neutralUntil = Math.max(neutralUntil, end);
          else excludedUntil[term.theme] = Math.max(excludedUntil[term.theme] ?? 0, end);
        }
      }
    }
    if (position < neutralUntil) continue;
    for (const { index, keys } of keyed) {
      for (const key of keys[position] ?? []) {
        for (const term of index.termsByFirstKey.get(key) ?? []) {
          if (term.theme < 0 || term.exclusion || found[term.theme] === true || !matchesAt(term, keys, position)) continue;
          if ((excludedUntil[term.theme] ?? 0) < position + term.elements.length) found[term.theme] = true;
        }
      }
    }
  }
}

/** Whether every word of the term shares a key with the sentence word at the same offset from `position`. */
function matchesAt(term: CompiledTerm, keys: readonly (readonly string[])[], position: number): boolean {
  if (position + term.elements.length > keys.length) return false;
  for (let offset = 0; offset < term.elements.length; offset += 1) {
    const wordKeys = keys[position + offset] ?? [];
    const element = term.elements[offset] ?? [];
    if (!element.some((key) => wordKeys.includes(key))) return false;
  }
  return true;
}

/**
 * A term's words as element keys (stems, or exact folded words for a `=term`), marked as an
 * exclusion for a `!term` (which may be exact too: `!=term`), or null for a term without words.
 */
function compileTerm(term: string, theme: number, stem: Stem): CompiledTerm | null {
  if (typeof term !== 'string') return null;
  const exclusion = term.startsWith(EXCLUSION_TERM_PREFIX);
  const written = exclusion ? term.slice(EXCLUSION_TERM_PREFIX.length) : term;
  const exact = written.startsWith(EXACT_TERM_PREFIX);
  const words = wordsOf(exact ? written.slice(EXACT_TERM_PREFIX.length) : written);
  if (words.length === 0) return null;
  const elements = words.map((word) => (exact ? [exactKey(foldAccents(word))] : stemKeys(word, stem)));
  return { theme, exclusion, elements };
}

/** A term word's stem keys: the folded stem of the word and the stem of the folded word. */
function stemKeys(word: string, stem: Stem): string[] {
  const folded = foldAccents(word);
  const keys = [`${STEM_KEY}${foldAccents(stem(word))}`];
  const ofFolded = `${STEM_KEY}${stem(folded)}`;
  if (ofFolded !== keys[0]) keys.push(ofFolded);
  return keys;
}

/** Prefix of a stem key. */
const STEM_KEY = 's:';
/** Prefix of an exact-word key. */
const EXACT_KEY = 'x:';

/** The exact-word key of a folded word. */
function exactKey(folded: string): string {
  return `${EXACT_KEY}${folded}`;
}

/**
 * A memoised function from a lower-case word to its keys in a language: its exact key, and
 * (unless the word is in NEVER_STEMMED) the folded stem of the word, the stem of the folded
 * word and, for a word ending in `s` or `x`, the stem of the folded word without that letter.
 */
function memoisedKeys(language: Language, stem: Stem): (word: string) => readonly string[] {
  const memo = new Map<string, readonly string[]>();
  const neverStemmed = NEVER_STEMMED[language];
  return (word: string): readonly string[] => {
    const known = memo.get(word);
    if (known !== undefined) return known;
    const folded = foldAccents(word);
    const keys = [exactKey(folded)];
    if (!neverStemmed.has(word) && !DIGITS_ONLY.test(word)) {
      const stems = [foldAccents(stem(word)), stem(folded)];
      // The stem of the singular too: Snowball stems some singulars and plurals apart (retrait → retr, retraits → retrait).
      if (folded.length > MIN_PLURAL_LENGTH && PLURAL_ENDING.test(folded)) stems.push(stem(folded.slice(0, -1)));
      for (const found of stems) {
        const key = `${STEM_KEY}${found}`;
        if (!keys.includes(key)) keys.push(key);
      }
    }
    if (memo.size >= MAX_MEMOISED_WORDS) memo.clear();
    memo.set(word, keys);
    return keys;
  };
}

/** The lower-case words (runs of letters and digits) of a text. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
}

/**
 * The base definitions with the custom ones merged in: a custom theme whose id exists adds
 * its French and English terms (those not already there) to that theme, whose labels stay;
 * a custom theme with a new id is appended, in the custom list's order. Neither input is
 * modified; missing term lists count as empty.
 *
 * @example mergeThemeDefinitions(DEFAULT_THEMES, [{ id: 'price', labels, terms: { fr: ['douloureuse'], en: [] } }])
 *   // DEFAULT_THEMES with 'douloureuse' added to price's French terms
 */
export function mergeThemeDefinitions(base: readonly ThemeDefinition[], custom: readonly ThemeDefinition[]): ThemeDefinition[] {
  const merged = base.map(copyDefinition);
  for (const definition of custom) {
    const existing = merged.find((theme) => theme.id === definition.id);
    if (existing === undefined) {
      merged.push(copyDefinition(definition));
      continue;
    }
    for (const language of LANGUAGES) {
      for (const term of definition.terms?.[language] ?? []) if (!existing.terms[language].includes(term)) existing.terms[language].push(term);
    }
  }
  return merged;
}

/** A copy of a definition that shares no array with it. */
function copyDefinition(definition: ThemeDefinition): ThemeDefinition {
  return {
    id: definition.id,
    labels: { fr: definition.labels?.fr ?? definition.id, en: definition.labels?.en ?? definition.id },
    terms: { fr: [...(definition.terms?.fr ?? [])], en: [...(definition.terms?.en ?? [])] },
  };
}
