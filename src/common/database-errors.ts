/** PostgreSQL's unique_violation; both engines (server and PGlite) report this code. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const candidate = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const details = candidate as { code?: unknown; constraint?: unknown } | null;
  return details?.code === '23505' && (constraint === undefined || details.constraint === constraint);
}
