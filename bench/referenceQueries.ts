/**
 * Hand-written reference queries over the maintained tables (DuckDB), one per indicator
 * family, written the plain way an analyst would: what each statistics query of
 * src/store/queries/ must stay within 1.5× of (issue: "each indicator within 1.5× of a
 * hand-written reference query over the maintained tables"). They take the period as
 * `$start`/`$end` timestamps and `$start_day`/`$end_day` dates, workspace 1.
 */
export const REFERENCE_QUERIES: Record<string, string> = {
  'nps, enps': `select population, count(*) filter (where nps >= 9) as promoters, count(*) filter (where nps between 7 and 8) as passives,
  count(*) filter (where nps <= 6) as detractors from responses
where workspace_id = 1 and nps is not null and submitted_at >= $start::timestamp and submitted_at < $end::timestamp group by population`,
  detractorFollowUp: `select count(*), count(*) filter (where contacted_at <= opened_at + interval 48 hour) from followup_cases
where workspace_id = 1 and opened_at >= $start::timestamp and opened_at < $end::timestamp
  and (contacted_at is not null or opened_at + interval 48 hour <= current_timestamp::timestamp)`,
  csat: `select count(*), count(*) filter (where csat >= 4), avg(csat) from responses
where workspace_id = 1 and csat is not null and submitted_at >= $start::timestamp and submitted_at < $end::timestamp`,
  ces: `select count(*), avg(ces), stddev_samp(ces), count(*) filter (where ces >= 5) from responses
where workspace_id = 1 and ces is not null and submitted_at >= $start::timestamp and submitted_at < $end::timestamp`,
  'churnRate, retentionRate': `select count(*) filter (where created_at < $start::timestamp and coalesce(churned_at, 'infinity'::timestamp) >= $start::timestamp),
  count(*) filter (where created_at < $start::timestamp and churned_at >= $start::timestamp and churned_at < $end::timestamp),
  count(*) filter (where created_at < $end::timestamp and coalesce(churned_at, 'infinity'::timestamp) >= $end::timestamp),
  count(*) filter (where created_at >= $start::timestamp and created_at < $end::timestamp)
from customers where workspace_id = 1`,
  // The same counts serve acquisition, read on their own whatever the churn definition.
  newCustomers: `select count(*) filter (where created_at < $start::timestamp and coalesce(churned_at, 'infinity'::timestamp) >= $start::timestamp),
  count(*) filter (where created_at < $start::timestamp and churned_at >= $start::timestamp and churned_at < $end::timestamp),
  count(*) filter (where created_at < $end::timestamp and coalesce(churned_at, 'infinity'::timestamp) >= $end::timestamp),
  count(*) filter (where created_at >= $start::timestamp and created_at < $end::timestamp)
from customers where workspace_id = 1`,
  'repurchaseRate, clvHistorical, averageOrderValue, purchaseFrequency': `select count(*), count(*) filter (where n >= 2), sum(n), sum(revenue), sum(squares) from (
  select customer_id, count(*) as n, sum(amount) as revenue, sum(amount * amount) as squares from orders
  where workspace_id = 1 and ordered_at >= $start::timestamp and ordered_at < $end::timestamp group by customer_id)`,
  sessions: `select count(*), avg(epoch(ended_at) - epoch(started_at)), median(epoch(ended_at) - epoch(started_at)), avg(pageviews), avg(case when events = 1 then 1 else 0 end)
from sessions where workspace_id = 1 and started_at >= $start::timestamp and started_at < $end::timestamp`,
  stickiness: `select sum(dau), sum(mau) from (
  select d.day, (select count(*) from visitor_days v where v.workspace_id = 1 and v.day = d.day) as dau,
    (select count(distinct visitor_id) from visitor_days v where v.workspace_id = 1 and v.day between d.day - 29 and d.day) as mau
  from (select unnest(range($start_day::date, $end_day::date + 1, interval 1 day))::date as day) d)`,
  // The same statistics as firstWeekCounts: cookieless (day-scoped, 'd:') visitors' events do not
  // engage a customer, and the period's visitor-days are counted by kind beside.
  firstWeekEngagement: `select count(*), count(*) filter (where exists (
    select 1 from events e where e.workspace_id = 1 and e.customer_id = c.customer_id and e.occurred_at between c.created_at and c.created_at + interval 168 hour
      and e.visitor_id not like 'd:%')
  or exists (select 1 from orders o where o.workspace_id = 1 and o.customer_id = c.customer_id and o.ordered_at between c.created_at and c.created_at + interval 168 hour)),
  (select count(*) filter (where visitor_id like 'd:%') from visitor_days where workspace_id = 1 and day between $start_day::date and $end_day::date),
  (select count(*) filter (where visitor_id not like 'd:%') from visitor_days where workspace_id = 1 and day between $start_day::date and $end_day::date)
from customers c where c.workspace_id = 1 and c.created_at >= $start::timestamp and c.created_at < $end::timestamp`,
  socialEngagementRate: `select platform, count(*), avg(rate), median(rate) from (
  select platform, 100.0 * (coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0) + coalesce(saves, 0)) / followers as rate
  from posts where workspace_id = 1 and published_at >= $start::timestamp and published_at < $end::timestamp) group by rollup (platform)`,
  shareOfVoice: `select brand, count(*), count(*) filter (where is_own_brand) from mentions
where workspace_id = 1 and published_at >= $start::timestamp and published_at < $end::timestamp group by brand`,
  cartAbandonmentRate: `select count(*), count(*) filter (where purchases = 0) from visitor_days
where workspace_id = 1 and carts > 0 and day between $start_day::date and $end_day::date`,
  mysteryShopping: `select site, count(*), avg(score) from (
  select site, visit_id, 100.0 * sum(weight * score) / sum(weight * max_score) as score from audits
  where workspace_id = 1 and visited_at >= $start::timestamp and visited_at < $end::timestamp group by site, visit_id) group by rollup (site)`,
  customerEngagementRate: `select count(*), count(i.customer_id), sum(i.n) from customers c left join (
  select customer_id, count(*) as n from (
    select customer_id, ordered_at as at_time from orders where workspace_id = 1
    union all select customer_id, submitted_at from responses where workspace_id = 1 and customer_id is not null and population = 'customer'
    union all select customer_id, occurred_at from events where workspace_id = 1 and customer_id is not null)
  where at_time >= $start::timestamp and at_time < $end::timestamp group by customer_id) i on i.customer_id = c.customer_id
where c.workspace_id = 1 and c.created_at < $end::timestamp and coalesce(c.churned_at, 'infinity'::timestamp) >= $start::timestamp`,
  conversionRate: `select count(*), count(*) filter (where purchases > 0), count(distinct visitor_id) filter (where visitor_id not like 'd:%'),
  count(distinct visitor_id) filter (where purchases > 0 and visitor_id not like 'd:%')
from sessions where workspace_id = 1 and started_at >= $start::timestamp and started_at < $end::timestamp`,
};
