import { Role } from './roles';

/** Who is acting, as established by the auth guard from a valid session; passed explicitly to services. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  requestId: string;
  /** The session (the token's `jti`) the request came with; absent for the system. */
  sessionId?: string;
}

/** Start-up tasks (demo data, the configured admin) act as the system. */
export const SYSTEM_ACTOR: Actor = { userId: '', email: 'system', role: 'admin', requestId: 'startup' };

/** The acting user's id as the tables record it (`created_by`, `recorded_by`, …): null for the system. */
export function actingUserId(actor: Actor): string | null {
  return actor.userId || null;
}
