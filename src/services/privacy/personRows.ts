import type { Session } from '../../store/Store.js';

/** Who a privacy request is about: a customer id, or the email address of one or more customers. */
export type Person = { customerId: string } | { email: string };

/** The person's survey invitations: made for one of their customer ids, or sent to one of their addresses (an employee's carry no customer id). */
const PERSON_INVITATIONS = 'customer_id in (select customer_id from person_customers) or lower(email) in (select email from person_emails)';

/** The ids of the person's responses, imported or answered to a survey (see {@link collectPerson}). */
const PERSON_RESPONSES = 'select response_id from person_responses';

/**
 * The tables holding a person's rows, and how each row is tied to the person: `customer_id`
 * for customers, orders and responses; for events, every event of a visitor who ever carried
 * the person's customer id (their browsing before they signed in included); survey
 * invitations by customer id or address; for the feedback analysis, the analyses of their
 * responses' comments; for their survey answer sets (with a customer id, or through one of
 * their invitations), the response the report reads, every answer, the follow-up case and the
 * webhook deliveries that carry the answer set's id. The statements select from the temporary
 * tables `person_customers`, `person_emails`, `person_responses` and `import_visitors` (see
 * {@link collectPerson}), made before anything is erased, so the order of erasure is free.
 */
export const PERSON_TABLES = [
  { table: 'customers', where: 'customer_id in (select customer_id from person_customers)' },
  { table: 'orders', where: 'customer_id in (select customer_id from person_customers)' },
  { table: 'responses', where: `customer_id in (select customer_id from person_customers) or response_id in (${PERSON_RESPONSES})` },
  { table: 'events', where: 'visitor_id in (select visitor_id from import_visitors)' },
  ...['text_analyses', 'text_themes'].map((table) => ({ table, where: `source = 'response' and item_id in (${PERSON_RESPONSES})` })),
  { table: 'survey_invitations', where: PERSON_INVITATIONS },
  ...['survey_responses', 'survey_answers', 'followup_cases'].map((table) => ({ table, where: `response_id in (${PERSON_RESPONSES})` })),
  {
    table: 'webhook_deliveries',
    where: `exists (select 1 from person_responses r where position(concat('"responseId":"', r.response_id, '"') in webhook_deliveries.body) > 0)`,
  },
] as const;

/**
 * Fills the temporary tables naming the person's customer ids (`person_customers`: the id
 * given, or every customer whose email matches case-insensitively), their addresses in lower
 * case (`person_emails`: the address given and those of their customer records), their
 * responses (`person_responses`: those with one of their customer ids, and the survey answer
 * sets through one of their invitations) and the visitors their events carried
 * (`import_visitors`, the name the visitor-table maintenance reads), and returns how many
 * customer ids were found.
 */
export async function collectPerson(session: Session, workspaceId: number, person: Person): Promise<number> {
  const params = { workspace: workspaceId };
  await session.execute(
    'drop person tables',
    'drop table if exists person_customers; drop table if exists person_emails; drop table if exists person_responses; drop table if exists import_visitors',
  );
  if ('customerId' in person) {
    await session.query('person by id', 'create temp table person_customers as select cast($id as text) as customer_id', { id: person.customerId });
  } else {
    await session.query(
      'person by email',
      'create temp table person_customers as select distinct customer_id from customers where workspace_id = $workspace and lower(email) = lower($email)',
      { ...params, email: person.email },
    );
  }
  await session.query(
    'person emails',
    `create temp table person_emails as select distinct lower(email) as email from customers
where workspace_id = $workspace and email is not null and customer_id in (select customer_id from person_customers)${'email' in person ? ' union select lower(cast($email as text))' : ''}`,
    'email' in person ? { ...params, email: person.email } : params,
  );
  await session.query(
    'person responses',
    `create temp table person_responses as
select response_id from responses where workspace_id = $workspace and customer_id in (select customer_id from person_customers)
union
select response_id from survey_responses where workspace_id = $workspace
  and invitation_id in (select invitation_id from survey_invitations where workspace_id = $workspace and (${PERSON_INVITATIONS}))`,
    params,
  );
  await session.query(
    'person visitors',
    'create temp table import_visitors as select distinct visitor_id from events where workspace_id = $workspace and customer_id in (select customer_id from person_customers)',
    params,
  );
  const [found] = await session.query<{ n: number }>('count person ids', 'select count(*) as n from person_customers');
  return found?.n ?? 0;
}
