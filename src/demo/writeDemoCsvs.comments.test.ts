import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_TEMPLATES, NEGATIVE_EMOJI, POSITIVE_EMOJI } from './commentTemplates.js';
import { withoutAccents } from './composeComment.js';
import { LANGUAGES, type Language } from '../output/language.js';
import { MENTION_TEMPLATES } from './mentionTemplates.js';
import { demoBarometerRows } from '../test-support/demoBarometerRows.js';
import { DEMO_FILES_TIMEOUT_MS, readDemoFiles, type DemoRows } from '../test-support/readDemoFiles.js';
import { toneOfScore } from './toneOfScore.js';
import { writeDemoCsvs } from './writeDemoCsvs.js';

/** Checks, on the written file, that every comment agrees with its score and is in the stated language. */

let directory: string;
let rows: DemoRows;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'barometre-demo-comments-'));
  rows = await readDemoFiles(await writeDemoCsvs(directory));
  // The employee barometer is answered through the survey path, not imported: its answers are checked beside the others.
  rows.responses.push(...demoBarometerRows());
}, DEMO_FILES_TIMEOUT_MS);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

type Row = Record<string, string>;
const normalise = (text: string): string => withoutAccents(text).toLowerCase();
const phrasesOf = (language: Language, kinds: ('praise' | 'complaints' | 'negations' | 'neutral')[]): string[] =>
  kinds.flatMap((kind) => {
    const templates = COMMENT_TEMPLATES[language];
    const list = kind === 'praise' || kind === 'complaints' ? Object.values(templates[kind]).flat() : templates[kind];
    return list.map(normalise);
  });
const COMPLAINTS = LANGUAGES.flatMap((language) => phrasesOf(language, ['complaints', 'negations']));
const contains = (text: string | undefined, phrases: readonly string[]): boolean => phrases.some((phrase) => normalise(text ?? '').includes(phrase));

function toneOf(r: Row): ReturnType<typeof toneOfScore> {
  if (r.nps !== '') return toneOfScore('nps', Number(r.nps));
  if (r.csat !== '') return toneOfScore('csat', Number(r.csat));
  return toneOfScore('ces', Number(r.ces));
}

const commented = (): Row[] => rows.responses.filter((r) => r.comment !== '');

describe('the demo comments', () => {
  it('never give a promoter, a satisfied or an at-ease answer a complaint or an angry emoji', () => {
    const positives = commented().filter((r) => toneOf(r) === 'positive');
    expect(positives.length).toBeGreaterThan(1_000);
    const wrong = positives.filter((r) => contains(r.comment, COMPLAINTS) || NEGATIVE_EMOJI.some((emoji) => r.comment?.includes(emoji)));
    expect(wrong.slice(0, 5).map((r) => `${r.response_id} (${r.nps}${r.csat}${r.ces}): ${r.comment}`)).toEqual([]);
  });

  it('always give a detractor or an unhappy answer a complaint or a negation, never a happy emoji', () => {
    const negatives = commented().filter((r) => toneOf(r) === 'negative');
    expect(negatives.length).toBeGreaterThan(500);
    const wrong = negatives.filter((r) => !contains(r.comment, COMPLAINTS) || POSITIVE_EMOJI.some((emoji) => r.comment?.includes(emoji)));
    expect(wrong.slice(0, 5).map((r) => `${r.response_id}: ${r.comment}`)).toEqual([]);
  });

  it('write each comment in the language the language column states', () => {
    const wrong = commented()
      .filter((r) => r.language === 'fr' || r.language === 'en')
      .filter((r) => {
        const language = r.language as Language;
        const own = phrasesOf(language, ['praise', 'complaints', 'negations', 'neutral']);
        return !contains(r.comment, own);
      });
    expect(wrong.slice(0, 5).map((r) => `${r.response_id} ${r.language}: ${r.comment}`)).toEqual([]);
  });

  it('are about three quarters French and one quarter English, with the language column on about half', () => {
    const withComment = commented();
    const labelled = withComment.filter((r) => r.language !== '');
    expect(labelled.length / withComment.length).toBeGreaterThan(0.4);
    expect(labelled.length / withComment.length).toBeLessThan(0.6);
    const french = labelled.filter((r) => r.language === 'fr').length / labelled.length;
    expect(french).toBeGreaterThan(0.68);
    expect(french).toBeLessThan(0.85);
  });

  it('show the variety of real answers: empty ones, contrasts, negations, missing accents, emoji and line breaks', () => {
    const comments = rows.responses.map((r) => r.comment ?? '');
    const count = (test: (comment: string) => boolean): number => comments.filter(test).length;
    expect(count((c) => c === '')).toBeGreaterThan(500);
    expect(count((c) => / mais |, par contre | but |, however /.test(c))).toBeGreaterThan(100);
    expect(count((c) => /pas du tout satisf|not satisfied at all|je ne recommande pas/i.test(c))).toBeGreaterThan(20);
    expect(count((c) => /[😍👍🙏✨😊❤😡👎😤😞🙄🤷]/u.test(c))).toBeGreaterThan(50);
    expect(count((c) => c.includes('\n'))).toBeGreaterThan(10);
    expect(count((c) => c.includes('"'))).toBeGreaterThan(0);
    const accented = [...Object.values(COMMENT_TEMPLATES.fr.praise).flat(), ...Object.values(COMMENT_TEMPLATES.fr.complaints).flat()]
      .filter((phrase) => phrase !== withoutAccents(phrase))
      .map((phrase) => withoutAccents(phrase).toLowerCase());
    expect(count((c) => c === withoutAccents(c) && accented.some((phrase) => c.toLowerCase().includes(phrase)))).toBeGreaterThan(20);
  });

  it('keep the employee barometer to workplace themes', () => {
    const workplace = LANGUAGES.flatMap((language) =>
      [...COMMENT_TEMPLATES[language].praise.travail, ...COMMENT_TEMPLATES[language].complaints.travail].map(normalise),
    );
    const customerThemes = LANGUAGES.flatMap((language) =>
      Object.entries(COMMENT_TEMPLATES[language].praise)
        .filter(([theme]) => theme !== 'travail')
        .flatMap(([, list]) => list.map(normalise)),
    );
    const employees = commented().filter((r) => r.population === 'employee');
    expect(employees.length).toBeGreaterThan(100);
    expect(employees.filter((r) => contains(r.comment, customerThemes)).map((r) => r.comment)).toEqual([]);
    expect(employees.filter((r) => contains(r.comment, workplace)).length).toBeGreaterThan(employees.length / 2);
  });
});

describe('the demo mentions', () => {
  it('name their brand in their text and come from the mention templates', () => {
    const templates = LANGUAGES.flatMap((language) => Object.values(MENTION_TEMPLATES[language]).flat());
    const wrong = rows.mentions.filter((m) => {
      const text = normalise(m.text ?? '');
      const brand = m.brand ?? '';
      return !text.includes(normalise(brand)) || !templates.some((template) => text.startsWith(normalise(template.replaceAll('{brand}', brand))));
    });
    expect(wrong.slice(0, 5).map((m) => `${m.mention_id}: ${m.text}`)).toEqual([]);
  });
});
