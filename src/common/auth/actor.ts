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
