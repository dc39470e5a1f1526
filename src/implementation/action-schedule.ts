/**
 * SQL rules over actions (and the `action_schedule` view of the Implementation migration), shared by the
 * implementation summary, the pipeline facts and the portfolio so that each rule is written once.
 */

/** Still to be done: neither completed nor cancelled. */
export const openSql = (alias: string): string => `${alias}.status NOT IN ('completed', 'cancelled')`;

/** Open and past its due date (the due date itself is not late). */
export const overdueSql = (alias: string): string => `(${alias}.due_on < current_date AND ${openSql(alias)})`;

/** An action counts at its latest reported percent; cancelled actions do not count. Null when none counts. */
export const progressSql = (alias: string): string =>
  `round(avg(${alias}.progress) FILTER (WHERE ${alias}.status <> 'cancelled'), 1)::float8`;
