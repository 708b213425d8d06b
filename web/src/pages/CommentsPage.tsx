import { useEffect, useState } from 'preact/hooks';
import { apiGet } from '../api/client.js';
import { useApi } from '../api/useApi.js';
import { Bars } from '../components/Bars.js';
import { Filters } from '../components/Filters.js';
import { Status } from '../components/Status.js';
import { type AnswerBand, BAND_NAMES, BANDS_OF } from '../indicators/answerBands.js';
import { formatDay, formatNumber, formatPercent } from '../i18n/format.js';
import { labelled, say, useLanguage, type Words } from '../i18n/words.js';
import { navigate } from '../view/useView.js';
import { type ViewQuery, viewUrl, withQuery } from '../view/viewQuery.js';
import type { PageProps } from './registry.js';

/** One text of GET /api/feedback's `comments` (docs/feedback.md). */
interface Comment {
  id: string;
  source: 'response' | 'mention';
  text: string;
  date: string;
  customerId: string | null;
  channel: string | null;
  surveyId: string | null;
  sentiment: 'positive' | 'neutral' | 'negative';
  themes: string[];
  answer: { indicator: string; score: number; band: string | null } | null;
}

/** What the comments page reads of GET /api/feedback. */
interface Feedback {
  items: number;
  total: number;
  themes: { theme: string; labels: Words; count: number; share: number; sentiment: number }[];
  drivers: { theme: string; respondents: number; npsImpact: number | null; npsImpactCi95: [number, number] | null }[];
  comments: Comment[];
  employeeTextsHidden?: number;
}

const WORDS = {
  title: { en: 'Comments', fr: 'Commentaires' },
  narrow: { en: 'Narrow the comments', fr: 'Affiner les commentaires' },
  indicator: { en: 'Score', fr: 'Note' },
  band: { en: 'Band', fr: 'Tranche' },
  theme: { en: 'Theme', fr: 'Thème' },
  sentiment: { en: 'Sentiment', fr: 'Sentiment' },
  any: { en: 'All', fr: 'Tous' },
  positive: { en: 'Positive', fr: 'Positif' },
  neutral: { en: 'Neutral', fr: 'Neutre' },
  negative: { en: 'Negative', fr: 'Négatif' },
  count: { en: 'comments', fr: 'commentaires' },
  of: { en: 'of', fr: 'sur' },
  more: { en: 'Show more', fr: 'Afficher plus' },
  themes: { en: 'Themes of these comments (click to keep one)', fr: 'Thèmes de ces commentaires (cliquez pour en garder un)' },
  drivers: {
    en: 'What moves the NPS: NPS of those who mention a theme minus the others’',
    fr: 'Ce qui fait bouger le NPS : NPS de ceux qui citent un thème moins celui des autres',
  },
  customer: { en: 'Customer', fr: 'Client' },
  channel: { en: 'Channel', fr: 'Canal' },
  none: { en: 'No comment matches.', fr: 'Aucun commentaire ne correspond.' },
  hidden: {
    en: 'employees’ comments are not shown: fewer than 5 are in scope, and they would not stay anonymous.',
    fr: 'commentaires de collaborateurs ne sont pas montrés : moins de 5 sont concernés, ils ne resteraient pas anonymes.',
  },
} satisfies Record<string, Words>;

const PAGE_SIZE = 50;

/** The parameters of GET /api/feedback for a view: its workspace, period, filters and drill-down. */
export function feedbackParameters(query: ViewQuery): Record<string, string | readonly string[] | undefined> {
  const { workspace, from, to, where, indicator, band, theme, sentiment } = query;
  return { workspace, from, to, where, indicator, band: indicator === undefined ? undefined : band, theme, sentiment };
}

/**
 * The comments behind a number: the texts of the view's period and filters, narrowed by
 * score band, theme and sentiment (kept in the URL), newest first, 50 at a time; the themes
 * they mention (a click keeps one) and the NPS drivers beside them. Employees' texts are
 * never shown when fewer than 5 are in scope: the API leaves them out and says how many.
 */
export function CommentsPage({ view }: PageProps) {
  const language = useLanguage();
  const { query } = view;
  // The page shows no candidate phrases: the API skips their search (candidates=false).
  const parameters = { ...feedbackParameters(query), limit: String(PAGE_SIZE), candidates: 'false' };
  const feedback = useApi<Feedback>('/api/feedback', parameters);
  const [more, setMore] = useState<Comment[]>([]);
  const key = JSON.stringify(parameters);
  useEffect(() => setMore([]), [key]);
  const data = feedback.data;
  const shown = data === undefined ? [] : [...data.comments, ...more];
  const change = (changes: ViewQuery) => navigate({ page: view.page, query: withQuery(query, changes) });
  const themeName = (id: string) => {
    const found = data?.themes.find((theme) => theme.theme === id);
    return found === undefined ? id : say(found.labels, language);
  };
  const showMore = async () => {
    const next = await apiGet<Feedback>('/api/feedback', { ...parameters, offset: String(shown.length) });
    setMore((previous) => [...previous, ...next.comments]);
  };
  const select = (name: keyof ViewQuery, label: Words, options: readonly { value: string; text: string }[]) => (
    <label>
      {say(label, language)}{' '}
      <select
        value={(query[name] as string | undefined) ?? ''}
        onChange={(event) => change({ [name]: event.currentTarget.value, ...(name === 'indicator' ? { band: undefined } : {}) })}
      >
        <option value="">{say(WORDS.any, language)}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      <h1>{say(WORDS.title, language)}</h1>
      <Filters view={view} periodEnd={null} exportPath="/api/feedback" />
      <section class="filters" aria-label={say(WORDS.narrow, language)}>
        {select(
          'indicator',
          WORDS.indicator,
          ['nps', 'enps', 'csat', 'ces'].map((value) => ({ value, text: value === 'enps' ? 'eNPS' : value.toUpperCase() })),
        )}
        {query.indicator !== undefined &&
          select(
            'band',
            WORDS.band,
            (BANDS_OF[query.indicator as keyof typeof BANDS_OF] ?? []).map((value) => ({ value, text: say(BAND_NAMES[value], language) })),
          )}
        {select(
          'theme',
          WORDS.theme,
          (data?.themes ?? []).map((theme) => ({ value: theme.theme, text: say(theme.labels, language) })),
        )}
        {select(
          'sentiment',
          WORDS.sentiment,
          (['positive', 'neutral', 'negative'] as const).map((value) => ({ value, text: say(WORDS[value], language) })),
        )}
      </section>
      <Status loading={feedback.loading && data === undefined} error={feedback.error} />
      {data !== undefined && (
        <div class="comments-layout" aria-busy={feedback.loading}>
          <section aria-labelledby="comments-heading">
            <h2 id="comments-heading" class="period-line">
              {formatNumber(data.total, language, 0)} {say(WORDS.count, language)}
            </h2>
            {data.employeeTextsHidden !== undefined && (
              <p class="note">
                {formatNumber(data.employeeTextsHidden, language, 0)} {say(WORDS.hidden, language)}
              </p>
            )}
            {shown.length === 0 && <p>{say(WORDS.none, language)}</p>}
            <ol class="comments">
              {shown.map((comment) => (
                <li key={comment.id} class={`comment comment-${comment.sentiment}`}>
                  <blockquote>{comment.text}</blockquote>
                  <p class="meta">
                    {comment.answer !== null && (
                      <span class={`badge score-${comment.answer.band ?? 'none'}`}>
                        {comment.answer.indicator === 'enps' ? 'eNPS' : comment.answer.indicator.toUpperCase()} {comment.answer.score}
                        {comment.answer.band !== null &&
                          ` · ${say(BAND_NAMES[comment.answer.band as AnswerBand] ?? { en: comment.answer.band, fr: comment.answer.band }, language)}`}
                      </span>
                    )}{' '}
                    {formatDay(comment.date.slice(0, 10), language)}
                    {comment.customerId !== null && ` · ${labelled(WORDS.customer, language)} ${comment.customerId}`}
                    {comment.channel !== null && ` · ${labelled(WORDS.channel, language)} ${comment.channel}`}
                    {' · '}
                    {say(WORDS[comment.sentiment], language)}
                    {comment.themes.length > 0 && ` · ${comment.themes.map(themeName).join(', ')}`}
                  </p>
                </li>
              ))}
            </ol>
            {shown.length < data.total && (
              <button type="button" onClick={showMore}>
                {say(WORDS.more, language)} ({formatNumber(shown.length, language, 0)} {say(WORDS.of, language)} {formatNumber(data.total, language, 0)})
              </button>
            )}
          </section>
          <aside>
            <section class="panel">
              <Bars
                title={say(WORDS.themes, language)}
                bars={data.themes.map((theme) => ({
                  label: say(theme.labels, language),
                  value: theme.count,
                  text: `${formatNumber(theme.count, language, 0)} (${formatPercent(theme.share, language, 0)})`,
                  tone: theme.sentiment < -0.05 ? 'bad' : theme.sentiment > 0.05 ? 'good' : 'neutral',
                  href: viewUrl({ page: view.page, query: withQuery(query, { theme: theme.theme }) }),
                }))}
              />
            </section>
            {data.drivers.some((driver) => driver.npsImpact !== null) && (
              <section class="panel">
                <Bars
                  title={say(WORDS.drivers, language)}
                  bars={data.drivers
                    .filter((driver) => driver.npsImpact !== null)
                    .map((driver) => ({
                      label: themeName(driver.theme),
                      value: Math.abs(driver.npsImpact!),
                      text: `${driver.npsImpact! > 0 ? '+' : ''}${formatNumber(driver.npsImpact!, language, 0)} pt${driver.npsImpactCi95 ? ` [${formatNumber(driver.npsImpactCi95[0], language, 0)} ; ${formatNumber(driver.npsImpactCi95[1], language, 0)}]` : ''} · n = ${formatNumber(driver.respondents, language, 0)}`,
                      tone: driver.npsImpact! < 0 ? 'bad' : 'good',
                      href: viewUrl({ page: view.page, query: withQuery(query, { theme: driver.theme, indicator: 'nps' }) }),
                    }))}
                />
              </section>
            )}
          </aside>
        </div>
      )}
    </>
  );
}
