import type { FastifyInstance } from 'fastify';

/**
 * Every answer is `Cache-Control: no-store` (API JSON, exports, documents, pages, errors, redirects): they carry
 * engagement or account data that no browser cache or shared proxy may keep. A response that declares itself
 * `public` (the stylesheet and htmx, which carry nobody's data) keeps its own. Documents keep their ETag, so a
 * client that revalidates still gets 304.
 */
export function registerNoStore(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    const declared = reply.getHeader('cache-control');
    if (!(typeof declared === 'string' && /\bpublic\b/.test(declared))) void reply.header('cache-control', 'no-store');
    done(null, payload);
  });
}
