import type { Context } from 'hono';
import type { Language } from '../../output/language.js';
import { NotFoundError, UsageError } from '../../errors/errors.js';
import {
  caseOwners,
  type FollowupFilterInput,
  followUpRate,
  listFollowups,
  parseFollowupFilter,
  surveyChoices,
  updateFollowup,
} from '../../services/surveys/followups.js';
import { formFields } from '../auth/smallBody.js';
import { FOLLOWUP_PAGE_FILTERS, type FollowupListPage, followupListPage, unknownCasePage } from '../pages/followupPages.js';
import { keptParameters } from '../pages/keptParameters.js';
import { pageLanguage } from '../pages/pageLanguage.js';
import type { AppEnv, Route } from '../route.js';

/** The list's filters as the URL gives them. */
function filterInput(c: Context<AppEnv>): FollowupFilterInput {
  return Object.fromEntries(FOLLOWUP_PAGE_FILTERS.map((name) => [name, c.req.query(name)]));
}

/**
 * The list page, or it again with `error` (400): the cases the URL's filters keep (all of
 * them when the filters are refused), the 48-hour share over the same survey and days.
 */
async function listPage(c: Context<AppEnv>, language: Language, extra: Pick<FollowupListPage, 'error' | 'sent'> = {}) {
  const store = c.get('store');
  const workspaceId = c.get('workspaceId');
  const input = filterInput(c);
  let error = extra.error;
  let filter: ReturnType<typeof parseFollowupFilter>;
  try {
    filter = parseFollowupFilter(input);
  } catch (refusal) {
    if (!(refusal instanceof UsageError)) throw refusal;
    error ??= refusal.wordedFor((name) => name, language);
    filter = parseFollowupFilter({});
  }
  const now = new Date();
  const { cases, truncated } = await listFollowups(store, workspaceId, filter);
  const page: FollowupListPage = {
    language,
    csrf: c.get('user')?.csrfToken ?? '',
    filter: input,
    cases,
    truncated,
    rate: await followUpRate(store, workspaceId, filter, now),
    owners: await caseOwners(store, workspaceId),
    surveys: await surveyChoices(store, workspaceId),
    now,
    error,
    sent: extra.sent,
  };
  return followupListPage(c, page, error === undefined ? 200 : 400);
}

/**
 * The follow-up pages for signed-in editors (docs/surveys.md), no script: `GET /followups`
 * lists the detractors' cases with the 48-hour share, filtered by a GET form;
 * `POST /followups/:responseId` changes one case's status, owner and note (the session's CSRF
 * token in the form) and sends back to the list with its filters (303), or shows the list
 * again with the refusal (400).
 */
export const followupPageRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/followups',
    access: 'editor',
    parameters: ['lang', ...FOLLOWUP_PAGE_FILTERS],
    handle: async (c) => listPage(c, pageLanguage(c)),
  },
  {
    method: 'POST',
    path: '/followups/:responseId',
    access: 'editor',
    parameters: ['lang', ...FOLLOWUP_PAGE_FILTERS],
    async handle(c) {
      const language = pageLanguage(c);
      const responseId = c.req.param('responseId') ?? '';
      const fields = await formFields(c);
      const change = { status: fields.status ?? '', owner: fields.owner ? fields.owner : null, note: fields.note ?? '' };
      try {
        await updateFollowup(c.get('store'), c.get('workspaceId'), responseId, change, new Date());
      } catch (error) {
        if (error instanceof NotFoundError) return unknownCasePage(c, language);
        if (!(error instanceof UsageError)) throw error;
        return listPage(c, language, { error: language === 'fr' ? error.inFrench() : error.message, sent: { responseId, fields } });
      }
      return c.redirect(`/followups${keptParameters(c, FOLLOWUP_PAGE_FILTERS)}`, 303);
    },
  },
];
