import type { Session } from '../Store.js';

/** How to reach a customer and what they last wrote: their e-mail address when known, their last comment up to a day. */
export interface CustomerContact {
  email: string | null;
  lastComment: string | null;
}

/**
 * The e-mail address (from `customers`) and the last non-blank survey comment submitted up
 * to the end of `to` (population customer, the latest answer first) of every customer that
 * has either, by customer id: what an at-risk list needs to call someone and know why.
 */
export async function customerContacts(session: Session, workspaceId: number, to: string): Promise<Map<string, CustomerContact>> {
  const columns = await session.queryColumns(
    'customer contacts',
    `with last_comments as (
  select customer_id, comment from (
    select customer_id, comment, row_number() over (partition by workspace_id, customer_id order by submitted_at desc, response_id desc) as recency
    from responses
    where workspace_id = $workspace and customer_id is not null and population = 'customer' and trim(comment) <> '' and submitted_at < $to_day::date + 1
  ) as ranked where recency = 1
), emails as (
  select customer_id, email from customers where workspace_id = $workspace and email is not null and trim(email) <> ''
)
select coalesce(e.customer_id, c.customer_id) as customer_id, e.email, c.comment
from emails e full outer join last_comments c on c.customer_id = e.customer_id`,
    { workspace: workspaceId, to_day: to },
  );
  const contacts = new Map<string, CustomerContact>();
  ((columns.customer_id ?? []) as string[]).forEach((id, index) => {
    contacts.set(id, { email: (columns.email?.[index] as string | null) ?? null, lastComment: (columns.comment?.[index] as string | null) ?? null });
  });
  return contacts;
}
