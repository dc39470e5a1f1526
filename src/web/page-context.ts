import type { FastifyReply } from 'fastify';
import { Actor } from '../common/auth/actor';

/** What every page's layout needs: who is signed in, and the token its forms send back. */
export interface PageContext {
  title: string;
  user: { email: string; role: string; name?: string } | null;
  csrf: string;
  /** A one-line confirmation after a successful form (from the server's flash, never from the address). */
  notice?: string;
}

export function pageContext(reply: FastifyReply, actor: Actor | null, title: string): PageContext {
  const notice = reply.server.flash.take(reply.request, reply);
  return {
    title,
    user: actor ? { email: actor.email, role: actor.role } : null,
    csrf: reply.generateCsrf(),
    ...(notice ? { notice } : {}),
  };
}

/** Post/redirect/get: after a successful form the browser loads the page again, and it shows the notice once. */
export async function redirectTo(reply: FastifyReply, path: string, notice?: string): Promise<void> {
  if (notice) reply.server.flash.set(reply, notice);
  await reply.status(303).redirect(path);
}
