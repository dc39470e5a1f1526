/**
 * How sensitive a piece of engagement data is, and who may read it (DESIGN §4, §6). Findings carry a
 * sensitivity; an action's is the most restrictive of its findings' unless a programme manager set it.
 * An edition (audience) holds only what is at or below its ceiling.
 */
export const SENSITIVITIES = ['public', 'restricted', 'confidential'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const AUDIENCES = ['internal', 'government', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

const RANK: Record<Sensitivity, number> = { public: 0, restricted: 1, confidential: 2 };

/** The most sensitive data each audience may hold. */
export const AUDIENCE_CEILING: Record<Audience, Sensitivity> = { internal: 'confidential', government: 'restricted', public: 'public' };

export function audienceMayRead(audience: Audience, sensitivity: Sensitivity): boolean {
  return RANK[sensitivity] <= RANK[AUDIENCE_CEILING[audience]];
}

export function isLessRestrictive(a: Sensitivity, than: Sensitivity): boolean {
  return RANK[a] < RANK[than];
}

/** The most restrictive of several; nothing known fails closed (confidential). */
export function mostRestrictive(sensitivities: readonly Sensitivity[]): Sensitivity {
  if (sensitivities.length === 0) return 'confidential';
  return sensitivities.reduce((worst, s) => (RANK[s] > RANK[worst] ? s : worst));
}

/**
 * An action's sensitivity: by default the most restrictive of its linked findings' (one whose sensitivity is
 * unknown counts as confidential). An explicit setting at or above that default holds. One below it (a
 * programme manager's lowering) holds only while the default is no more restrictive than the one it was
 * decided against (`loweredFrom`): when a finding becomes more sensitive, the lowering lapses.
 */
export function actionSensitivity(
  override: Sensitivity | null,
  linkedFindings: readonly (Sensitivity | undefined)[],
  loweredFrom: Sensitivity | null = null,
): Sensitivity {
  return withExplicit(mostRestrictive(linkedFindings.map((s) => s ?? 'confidential')), override, loweredFrom);
}

/** The effective sensitivity of an action whose default is known (see actionSensitivity). */
export function withExplicit(defaultSensitivity: Sensitivity, override: Sensitivity | null, loweredFrom: Sensitivity | null): Sensitivity {
  if (override === null || !isLessRestrictive(override, defaultSensitivity)) return override ?? defaultSensitivity;
  return loweredFrom !== null && !isLessRestrictive(loweredFrom, defaultSensitivity) ? override : defaultSensitivity;
}
