import type { Session } from '../../store/Store.js';

/** Who a privacy request is about: a customer id, or the email address of one or more customers. */
export type Person = { customerId: string } | { email: string };

/** The ids of the person's responses, imported or answered to a survey. */
const PERSON_RESPONSES = 'select response_id from responses where workspace_id = $workspace and customer_id in (select customer_id from person_customers)';

/**
 * The tables holding a person's rows, and how each row is tied to the person: `customer_id`
 * for customers, orders and responses; for events, every event of a visitor who ever carried
 * the person's customer id (their browsing before they signed in included); for the feedback
 * analysis, the analyses of their responses' comments; for their survey answer sets, every
 * answer, the follow-up case and the webhook deliveries that carry the answer set's id. The statements select from the
 * temporary tables `person_customers` and `import_visitors` (see {@link collectPerson}).
 */
export const PERSON_TABLES = [
  { table: 'customers', where: 'customer_id in (select customer_id from person_customers)' },
  { table: 'orders', where: 'customer_id in (select customer_id from person_customers)' },
  { table: 'responses', where: 'customer_id in (select customer_id from person_customers)' },
  { table: 'events', where: 'visitor_id in (select visitor_id from import_visitors)' },
  ...['text_analyses', 'text_themes'].map((table) => ({ table, where: `source = 'response' and item_id in (${PERSON_RESPONSES})` })),
  ...['survey_responses', 'survey_answers', 'followup_cases'].map((table) => ({ table, where: `response_id in (${PERSON_RESPONSES})` })),
  {
    table: 'webhook_deliveries',
    where: `exists (select 1 from responses r where r.workspace_id = $workspace and r.customer_id in (select customer_id from person_customers)
  and position(concat('"responseId":"', r.response_id, '"') in webhook_deliveries.body) > 0)`,
  },
] as const;

/**
 * Fills the temporary tables naming the person's customer ids (`person_customers`: the id
 * given, or every customer whose email matches case-insensitively) and the visitors their
 * events carried (`import_visitors`, the name the visitor-table maintenance reads), and
 * returns how many customer ids were found.
 */
export async function collectPerson(session: Session, workspaceId: number, person: Person): Promise<number> {
  const params = { workspace: workspaceId };
  await session.execute('drop person tables', 'drop table if exists person_customers; drop table if exists import_visitors');
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
    'person visitors',
    'create temp table import_visitors as select distinct visitor_id from events where workspace_id = $workspace and customer_id in (select customer_id from person_customers)',
    params,
  );
  const [found] = await session.query<{ n: number }>('count person ids', 'select count(*) as n from person_customers');
  return found?.n ?? 0;
}
