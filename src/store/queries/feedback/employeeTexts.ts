import { analysedRowsSql, type FeedbackContext, feedbackParams } from './FeedbackContext.js';

/** Counts the analysed employee answers in a responses scope: what the anonymity rule of employee texts is decided on. */
export async function employeeTexts(context: FeedbackContext): Promise<number> {
  const [row] = await context.session.query<{ n: number }>(
    'employee texts',
    `select count(*) as n
${analysedRowsSql(context)} and t.population = 'employee'`,
    feedbackParams(context),
  );
  return Number(row?.n ?? 0);
}
