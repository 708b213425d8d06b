import type { Engine } from '../Store.js';
import type { Migration } from './Migration.js';

/**
 * Surveys run by Baromètre itself (docs/surveys.md):
 *
 * - `surveys`: one row per survey, its current version and whether it was closed by hand;
 *   `survey_id` is random and global (the public page `/s/<id>` names no workspace), found
 *   through its own index.
 * - `survey_versions`: each version's definition (the JSON of the survey file, checked). A
 *   change that would break comparability on a survey with answers makes a new version.
 * - `survey_responses`: one row per answer set: the version answered, whether the respondent
 *   reached the last page, the channel and the interviewer, the invitation it came through.
 *   Its NPS, CSAT, CES and comment are also written to `responses`, which the report reads.
 * - `survey_answers`: every answer, one row per question (a multichoice answer one row per
 *   option chosen, `position` 0, 1, …): a number for scales, the option id or the text.
 * - `survey_invitations`: personal links, one per recipient, with the customer id (never for
 *   employees), e-mail address, language and attributes the link carries.
 * - `followup_cases`: one case per detractor answer, its status, owner and note.
 * - `workspace_secrets`: random secrets a workspace signs with (personal links).
 */
export const surveys: Migration = {
  version: 9,
  name: 'surveys',
  sql: (engine: Engine) => {
    const json = engine === 'duckdb' ? 'json' : 'jsonb';
    return `
create table surveys (
  workspace_id integer not null,
  survey_id text not null,
  version integer not null,
  audience text not null,
  created_at timestamp not null,
  updated_at timestamp not null,
  closed_at timestamp,
  primary key (workspace_id, survey_id)
);
create index surveys_by_id on surveys (survey_id);
create table survey_versions (
  workspace_id integer not null,
  survey_id text not null,
  version integer not null,
  definition ${json} not null,
  created_at timestamp not null,
  primary key (workspace_id, survey_id, version)
);
create table survey_responses (
  workspace_id integer not null,
  response_id text not null,
  survey_id text not null,
  version integer not null,
  started_at timestamp not null,
  updated_at timestamp not null,
  finished boolean not null,
  channel text not null,
  language text not null,
  interviewer text,
  invitation_id text,
  primary key (workspace_id, response_id)
);
create table survey_answers (
  workspace_id integer not null,
  response_id text not null,
  question_id text not null,
  position smallint not null,
  number double precision,
  text text,
  primary key (workspace_id, response_id, question_id, position)
);
create table survey_invitations (
  workspace_id integer not null,
  invitation_id text not null,
  survey_id text not null,
  customer_id text,
  email text,
  language text not null,
  attributes ${json},
  created_at timestamp not null,
  sent_at timestamp,
  reminded_at timestamp,
  last_error text,
  primary key (workspace_id, invitation_id)
);
create table followup_cases (
  workspace_id integer not null,
  response_id text not null,
  survey_id text not null,
  status text not null check (status in ('open', 'contacted', 'resolved')),
  owner_user_id integer,
  note text,
  opened_at timestamp not null,
  contacted_at timestamp,
  resolved_at timestamp,
  updated_at timestamp not null,
  primary key (workspace_id, response_id)
);
create table workspace_secrets (
  workspace_id integer not null,
  purpose text not null,
  secret text not null,
  created_at timestamp not null,
  primary key (workspace_id, purpose)
);`;
  },
};
