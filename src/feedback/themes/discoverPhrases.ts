import { stemmerFor, type Stem } from './stemmers.js';
import { foldAccents } from '../text/foldAccents.js';
import { shortenText } from '../text/shortenText.js';

/** A recurring phrase among texts that no theme matched: a candidate for a new theme or term. */
export interface CandidatePhrase {
  /** The phrase in its most frequent written form (lower-case). */
  phrase: string;
  /** The language of the texts it was found in. */
  language: string;
  /** How many unmatched texts contain it (each text counts once). */
  count: number;
  /** Up to three different texts among those, shortened. */
  examples: string[];
}

/** Default least number of unmatched texts a phrase must occur in. */
export const DEFAULT_MIN_COUNT = 3;

/** Default number of phrases returned. */
export const DEFAULT_PHRASE_LIMIT = 20;

/** Examples kept per phrase. */
const MAX_EXAMPLES = 3;

/** Longest example, in characters (cut at a word, with an ellipsis). */
const MAX_EXAMPLE_CHARACTERS = 120;

/** Only the first characters of each text are read. */
const MAX_READ_CHARACTERS = 10_000;

/** Shortest content word at a phrase's edge. */
const MIN_EDGE_WORD_LENGTH = 2;

/** Phrase lengths looked for, in words. */
const PHRASE_LENGTHS = [2, 3] as const;

/** A word ending in one of these letters is grouped by the stem of its singular (Snowball stems `retrait` and `retraits` apart). */
const PLURAL_ENDING = /[sx]$/;

/** Only words longer than this are treated as possible plurals. */
const MIN_PLURAL_LENGTH = 3;

/**
 * Phrases found in nearly the same unmatched texts — the Jaccard index of their two sets of
 * texts at least this — are one candidate: fragments of one recurring (templated) sentence.
 */
const SAME_SENTENCE_SIMILARITY = 0.8;

/** The longest phrase shown for a group of fragments, in words (beyond it, the group's longest fragment is shown). */
const MAX_GROUP_PHRASE_WORDS = 16;

/** Clause breaks: phrases never span them. */
const CLAUSE_BREAKS = /[.!?…;:,()[\]{}"“”«»\n\r\t|/\\]+/u;

/** Words: runs of letters, digits and inner apostrophes are split. */
const WORDS = /[\p{L}\p{N}]+/gu;

/** A word made only of digits. */
const DIGITS = /^\p{N}+$/u;

/**
 * French and English function words (accents folded): a phrase may hold them inside
 * (`délai de livraison`) but not start or end with one.
 */
const STOPWORDS = new Set([
  // French
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'ces',
  'cet',
  'cette',
  'c',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'elle',
  'elles',
  'en',
  'et',
  'est',
  'etait',
  'ete',
  'etre',
  'eu',
  'il',
  'ils',
  'j',
  'je',
  'l',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'lui',
  'm',
  'ma',
  'mais',
  'me',
  'mes',
  'moi',
  'mon',
  'n',
  'ne',
  'ni',
  'nos',
  'notre',
  'nous',
  'on',
  'ont',
  'ou',
  'par',
  'pas',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'se',
  'ses',
  'si',
  'son',
  'sont',
  'sur',
  't',
  'ta',
  'te',
  'tes',
  'toi',
  'ton',
  'tu',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'y',
  'ai',
  'as',
  'avons',
  'avez',
  'avait',
  'suis',
  'es',
  'sommes',
  'etes',
  'fait',
  'tres',
  'trop',
  'plus',
  'moins',
  'bien',
  'tout',
  'tous',
  'toute',
  'toutes',
  'aussi',
  'encore',
  'deja',
  'ca',
  'cela',
  'car',
  'donc',
  'comme',
  'quand',
  'alors',
  'puis',
  'meme',
  'apres',
  'avant',
  'chez',
  'sans',
  'sous',
  'entre',
  'vers',
  'dont',
  'quoi',
  'oui',
  'non',
  'merci',
  'peu',
  'tjs',
  'svp',
  // English
  'the',
  'an',
  'and',
  'or',
  'but',
  'if',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'with',
  'about',
  'as',
  'into',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'me',
  'him',
  'her',
  'us',
  'them',
  'my',
  'your',
  'his',
  'its',
  'our',
  'their',
  'this',
  'that',
  'these',
  'those',
  'so',
  'not',
  'no',
  'just',
  'very',
  'too',
  'really',
  'also',
  'still',
  'all',
  'any',
  'some',
  'will',
  'would',
  'can',
  'could',
  'should',
  'than',
  'then',
  'there',
  'here',
  'what',
  'which',
  'who',
  'when',
  'where',
  'why',
  'how',
  'up',
  'out',
  'get',
  'got',
  'im',
  'ive',
  'dont',
  'didnt',
  'cant',
  'wont',
  'isnt',
  'll',
  've',
  're',
  'am',
  'pm',
  'amp',
  'http',
  'https',
  'www',
  'com',
  'user',
]);

/** What is gathered about one phrase (by language and stems). */
interface PhraseTally {
  language: string;
  unmatched: number;
  /** The indexes (in `items`) of the unmatched texts containing it, ascending. */
  documents: number[];
  matched: number;
  surfaces: Map<string, number>;
  examples: string[];
}

/**
 * Finds recurring 2- and 3-word phrases among the texts that matched no theme, candidates for
 * new themes or terms. Each text (its first 10,000 characters) is cut into clauses at
 * punctuation, and its lower-case words into phrases of 2 and 3 consecutive words that
 * neither start nor end with a French or English function word, a number or a one-letter
 * word (function words inside are kept: `délai de livraison`). A phrase is identified by its
 * language and its words' stems without accents (the item's language's Snowball stemmer for
 * `fr` and `en`, accents folded only for others; a word ending in `s` or `x` by its singular's), so `colis abîmé` and `colis abimés` are
 * one phrase, shown in its most frequent written form; it counts once per text. Phrases in at
 * least `minCount` (default 3) unmatched texts are ranked by that count, then by Dunning's
 * log-likelihood ratio G² of their rate in unmatched texts against their rate in the matched
 * ones (higher when the phrase is typical of what the themes miss), then alphabetically; a
 * 2-word phrase inside a kept 3-word phrase with the same count is dropped. Phrases found in
 * nearly the same texts (Jaccard index of their sets of unmatched texts ≥ 0.8) are fragments
 * of one recurring sentence and make one candidate, with the count and examples of the
 * best-ranked and, as its phrase, the words of a text that holds them all from the first
 * fragment to the last (at most 16 words; else the longest fragment). A phrase `keep` (when
 * given) refuses is left out before the grouping, and never shown. At most `limit`
 * (default 20) are returned, each with up to 3 different example texts of at most 120 characters.
 * Never throws on any input.
 *
 * @example discoverCandidatePhrases(items, { minCount: 2 })
 *   // [{ phrase: 'carte cadeau', language: 'fr', count: 4, examples: ['Carte cadeau refusée…', …] }, …]
 */
export function discoverCandidatePhrases(
  items: readonly { text: string; language: string; themes: readonly string[] }[],
  options: { minCount?: number; limit?: number; keep?: (phrase: string) => boolean } = {},
): CandidatePhrase[] {
  const minCount = Math.max(1, Math.floor(options.minCount ?? DEFAULT_MIN_COUNT));
  const keep = options.keep ?? ((): boolean => true);
  const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_PHRASE_LIMIT));
  if (!Array.isArray(items) || limit === 0 || !Number.isFinite(minCount)) return [];
  const tallies = new Map<string, PhraseTally>();
  const stemmers = new Map<string, Stem>([
    ['fr', stemmerFor('fr')],
    ['en', stemmerFor('en')],
  ]);
  let unmatchedItems = 0;
  let matchedItems = 0;
  for (const pass of ['unmatched', 'matched'] as const) {
    for (const [itemIndex, item] of items.entries()) {
      if (typeof item?.text !== 'string') continue;
      const isUnmatched = !Array.isArray(item.themes) || item.themes.length === 0;
      if ((pass === 'unmatched') !== isUnmatched) continue;
      if (isUnmatched) unmatchedItems += 1;
      else matchedItems += 1;
      const language = typeof item.language === 'string' ? item.language : 'und';
      const stem = stemmers.get(language) ?? ((word: string): string => word);
      for (const [key, surface] of phrasesOf(item.text, stem)) {
        const id = `${language}\u0000${key}`;
        let tally = tallies.get(id);
        if (tally === undefined) {
          if (!isUnmatched) continue; // only phrases seen in unmatched texts are candidates
          tally = { language, unmatched: 0, documents: [], matched: 0, surfaces: new Map(), examples: [] };
          tallies.set(id, tally);
        }
        if (isUnmatched) {
          tally.unmatched += 1;
          tally.documents.push(itemIndex);
          tally.surfaces.set(surface, (tally.surfaces.get(surface) ?? 0) + 1);
          if (tally.examples.length < MAX_EXAMPLES) {
            const example = shorten(item.text);
            if (!tally.examples.includes(example)) tally.examples.push(example);
          }
        } else tally.matched += 1;
      }
    }
  }
  const ranked = [...tallies.entries()]
    .filter(([, tally]) => tally.unmatched >= minCount)
    .map(([id, tally]) => ({
      id,
      tally,
      score: logLikelihood(tally.unmatched, unmatchedItems, tally.matched, matchedItems),
      phrase: mostFrequent(tally.surfaces),
    }))
    .filter((entry) => keep(entry.phrase))
    .sort((a, b) => b.tally.unmatched - a.tally.unmatched || b.score - a.score || a.phrase.localeCompare(b.phrase));
  const stemOf = (language: string): Stem => stemmers.get(language) ?? ((word: string): string => word);
  return groupFragments(dropContained(ranked), limit).map((group) => {
    const { tally } = group[0]!;
    return { phrase: groupPhrase(group, items, stemOf(tally.language), keep), language: tally.language, count: tally.unmatched, examples: tally.examples };
  });
}

/** A phrase ranked for the answer: its id (language and stems), tally, G² and most frequent written form. */
interface RankedPhrase {
  id: string;
  tally: PhraseTally;
  score: number;
  phrase: string;
}

/**
 * Groups ranked phrases into at most `limit` candidates, in rank order: a phrase joins the first
 * group of its language whose first (best-ranked) phrase was found in nearly the same unmatched
 * texts (Jaccard index of the two sets ≥ SAME_SENTENCE_SIMILARITY), else starts a group while
 * fewer than `limit` exist. Phrases come by decreasing count and a Jaccard index cannot exceed
 * the ratio of the smaller count to the larger, so the scan stops once a phrase is too rare to
 * join any group and no group may be started.
 */
function groupFragments(ranked: readonly RankedPhrase[], limit: number): RankedPhrase[][] {
  const groups: RankedPhrase[][] = [];
  let rarestLead = Number.POSITIVE_INFINITY;
  for (const entry of ranked) {
    if (groups.length >= limit && entry.tally.unmatched < SAME_SENTENCE_SIMILARITY * rarestLead) break;
    const group = groups.find(
      ([lead]) =>
        lead !== undefined && lead.tally.language === entry.tally.language && jaccard(lead.tally.documents, entry.tally.documents) >= SAME_SENTENCE_SIMILARITY,
    );
    if (group !== undefined) group.push(entry);
    else if (groups.length < limit) {
      groups.push([entry]);
      rarestLead = Math.min(rarestLead, entry.tally.unmatched);
    }
  }
  return groups;
}

/** The Jaccard index |a ∩ b| / |a ∪ b| of two ascending lists of distinct numbers (0 when both are empty). */
function jaccard(a: readonly number[], b: readonly number[]): number {
  let common = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

/**
 * The phrase a group shows: its only phrase; for fragments of one sentence, the words of the
 * first unmatched text containing them all, from the first fragment's first word to the last
 * fragment's last word (lower-case, punctuation dropped) when that is at most
 * MAX_GROUP_PHRASE_WORDS words and `keep` accepts it; otherwise the fragment with the most
 * words (the best-ranked among equals).
 */
function groupPhrase(group: readonly RankedPhrase[], items: readonly { text: string }[], stem: Stem, keep: (phrase: string) => boolean): string {
  const [lead] = group;
  if (lead === undefined) return '';
  if (group.length === 1) return lead.phrase;
  const longest = group.reduce((best, entry) => (wordCount(entry.phrase) > wordCount(best.phrase) ? entry : best), lead);
  const shared = group.reduce<readonly number[]>((documents, entry) => intersect(documents, entry.tally.documents), lead.tally.documents);
  const text = shared.length > 0 ? items[shared[0] ?? 0]?.text : undefined;
  if (typeof text !== 'string') return longest.phrase;
  const words = text.slice(0, MAX_READ_CHARACTERS).toLowerCase().match(WORDS) ?? [];
  const stems = words.map((word) => stemOfWord(word, stem));
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const entry of group) {
    const key = (entry.id.split('\u0000')[1] ?? '').split(' ');
    const at = findSequence(stems, key);
    if (at < 0) return longest.phrase;
    start = Math.min(start, at);
    end = Math.max(end, at + key.length);
  }
  const spanned = words.slice(start, end).join(' ');
  return end - start <= MAX_GROUP_PHRASE_WORDS && keep(spanned) ? spanned : longest.phrase;
}

/** The words of a phrase. */
function wordCount(phrase: string): number {
  return phrase.split(' ').length;
}

/** The numbers in both ascending lists, ascending. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const inB = new Set(b);
  return a.filter((value) => inB.has(value));
}

/** The first position where `sequence` occurs in `list`, or −1. */
function findSequence(list: readonly string[], sequence: readonly string[]): number {
  for (let start = 0; start + sequence.length <= list.length; start += 1) {
    if (sequence.every((value, offset) => list[start + offset] === value)) return start;
  }
  return -1;
}

/** The distinct phrases of a text: stem key → first written form. */
function phrasesOf(text: string, stem: Stem): Map<string, string> {
  const phrases = new Map<string, string>();
  for (const clause of text.slice(0, MAX_READ_CHARACTERS).split(CLAUSE_BREAKS)) {
    const words = clause.toLowerCase().match(WORDS);
    if (words === null || words.length < 2) continue;
    const folded = words.map((word) => foldAccents(word));
    const stems = words.map((word) => stemOfWord(word, stem));
    for (const length of PHRASE_LENGTHS) {
      for (let start = 0; start + length <= words.length; start += 1) {
        const first = folded[start] ?? '';
        const last = folded[start + length - 1] ?? '';
        if (!isEdgeWord(first) || !isEdgeWord(last)) continue;
        const key = stems.slice(start, start + length).join(' ');
        if (!phrases.has(key)) phrases.set(key, words.slice(start, start + length).join(' '));
      }
    }
  }
  return phrases;
}

/** The key of a lower-case word in a phrase: the stem of the word without accents, or of its singular for a word ending in `s` or `x`. */
function stemOfWord(word: string, stem: Stem): string {
  const folded = foldAccents(word);
  return stem(folded.length > MIN_PLURAL_LENGTH && PLURAL_ENDING.test(folded) ? folded.slice(0, -1) : folded);
}

/** Whether a folded word may start or end a phrase: not a function word, not a number, at least two characters. */
function isEdgeWord(word: string): boolean {
  return word.length >= MIN_EDGE_WORD_LENGTH && !STOPWORDS.has(word) && !DIGITS.test(word);
}

/**
 * Dunning's log-likelihood ratio G² for a phrase found in `a` of `n1` unmatched texts and `b`
 * of `n2` matched texts, signed: positive when its rate is higher among the unmatched.
 */
function logLikelihood(a: number, n1: number, b: number, n2: number): number {
  const total = n1 + n2;
  if (n1 === 0 || total === 0) return 0;
  const expected1 = (n1 * (a + b)) / total;
  const expected2 = (n2 * (a + b)) / total;
  const term = (observed: number, expected: number): number => (observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0);
  const g2 = 2 * (term(a, expected1) + term(b, expected2));
  return a / n1 >= (n2 > 0 ? b / n2 : 0) ? g2 : -g2;
}

/** Drops a 2-word phrase when a kept 3-word phrase of the same language starts or ends with it and has the same count. */
function dropContained(ranked: readonly RankedPhrase[]): RankedPhrase[] {
  const coveredCounts = new Map<string, Set<number>>();
  for (const entry of ranked) {
    const [language, key] = entry.id.split('\u0000');
    const words = key?.split(' ') ?? [];
    if (words.length !== 3) continue;
    for (const inner of [words.slice(0, 2), words.slice(1)]) {
      const id = `${language}\u0000${inner.join(' ')}`;
      const counts = coveredCounts.get(id) ?? new Set<number>();
      counts.add(entry.tally.unmatched);
      coveredCounts.set(id, counts);
    }
  }
  return ranked.filter((entry) => !(coveredCounts.get(entry.id)?.has(entry.tally.unmatched) ?? false));
}

/** The most frequent written form (the alphabetically first among equals). */
function mostFrequent(surfaces: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of surfaces) {
    if (count > bestCount || (count === bestCount && surface.localeCompare(best) < 0)) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}

/** The text on one line, at most MAX_EXAMPLE_CHARACTERS, cut at a word with an ellipsis. */
function shorten(text: string): string {
  return shortenText(text.slice(0, MAX_READ_CHARACTERS).replace(/\s+/g, ' ').trim(), MAX_EXAMPLE_CHARACTERS);
}
