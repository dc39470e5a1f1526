import type { FastifyReply, FastifyRequest } from 'fastify';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { WEB_PREFIX } from './web-request';

export const FLASH_COOKIE = 'vt_flash';
/** Long enough for the redirect after a form to be followed; a notice is never shown later than this. */
const FLASH_SECONDS = 60;

declare module 'fastify' {
  interface FastifyInstance {
    flash: FlashNotices;
  }
}

/**
 * The one-line notice a page shows after a successful form ("Version 2 is made."), carried from the form's
 * answer to the next page in a short-lived cookie signed with the service's secret, and read once. Nothing is
 * kept in server memory (replicas share the secret), and no address can make a page show a sentence: the
 * notice is never taken from the query.
 */
export class FlashNotices {
  private readonly key: Buffer;

  constructor(
    secret: string,
    private readonly secure: boolean,
  ) {
    // Its own key, so that a flash can never pass for anything else signed with the secret.
    this.key = createHash('sha256').update(`vt-flash:${secret}`).digest();
  }

  /** Sets the notice for the next page this browser loads. */
  set(reply: FastifyReply, notice: string): void {
    const payload = Buffer.from(JSON.stringify({ notice, expires: Date.now() + FLASH_SECONDS * 1000 })).toString('base64url');
    void reply.setCookie(FLASH_COOKIE, `${payload}.${this.sign(payload)}`, {
      path: WEB_PREFIX,
      httpOnly: true,
      sameSite: 'strict',
      secure: this.secure,
      maxAge: FLASH_SECONDS,
    });
  }

  /** The notice this request carries, if it is ours and fresh; the cookie is cleared, so it shows once. */
  take(request: FastifyRequest, reply: FastifyReply): string | undefined {
    const cookie = request.cookies?.[FLASH_COOKIE];
    if (!cookie) return undefined;
    void reply.clearCookie(FLASH_COOKIE, { path: WEB_PREFIX });
    const [payload, signature] = cookie.split('.');
    if (!payload || !signature) return undefined;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const { notice, expires } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { notice?: unknown; expires?: unknown };
      return typeof notice === 'string' && typeof expires === 'number' && Date.now() <= expires ? notice : undefined;
    } catch {
      return undefined;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
