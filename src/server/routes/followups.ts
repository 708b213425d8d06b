import { UsageError } from '../../errors/errors.js';
import { listFollowups, parseFollowupFilter, updateFollowup } from '../../services/surveys/followups.js';
import { jsonObject } from '../auth/smallBody.js';
import type { Route } from '../route.js';

/** The URL parameters that narrow a list of follow-up cases. */
export const FOLLOWUP_FILTER_PARAMETERS = ['status', 'survey', 'from', 'to', 'owner'] as const;

/**
 * The detractors' follow-up cases (docs/surveys.md): members read them (they show customer
 * ids, which members of the workspace may see), editors change a case's status, owner and note.
 */
export const followupRoutes: readonly Route[] = [
  {
    method: 'GET',
    path: '/api/followups',
    access: 'reader',
    parameters: FOLLOWUP_FILTER_PARAMETERS,
    async handle(c) {
      const filter = parseFollowupFilter(Object.fromEntries(FOLLOWUP_FILTER_PARAMETERS.map((name) => [name, c.req.query(name)])));
      return c.json(await listFollowups(c.get('store'), c.get('workspaceId'), filter));
    },
  },
  {
    method: 'PATCH',
    path: '/api/followups/:responseId',
    access: 'editor',
    parameters: [],
    async handle(c) {
      const responseId = c.req.param('responseId');
      if (responseId === undefined) throw new UsageError('The path names no answer set.');
      return c.json(await updateFollowup(c.get('store'), c.get('workspaceId'), responseId, await jsonObject(c), new Date()));
    },
  },
];
