import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import { destination as fileDestination, type DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../../config/app.config';
import { REQUEST_ID_HEADER } from './request-id';

/**
 * JSON lines on stdout (or `destination`); every line logged while serving a request carries its `reqId`.
 */
export function loggerOptions(config: AppConfig, destination?: DestinationStream): Params {
  const options: Options = {
    level: config.logLevel,
    // The id is chosen once by Fastify (see request-id.ts) and handed over in the header.
    genReqId: (request: IncomingMessage) => String(request.headers[REQUEST_ID_HEADER]),
    customAttributeKeys: { reqId: 'reqId' },
    quietReqLogger: true,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({ method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) =>
      error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
  };
  // Written asynchronously: lines that arrive while a write is under way go out together in the next one,
  // instead of one blocking write per request; pino flushes what is left when the process exits.
  return { pinoHttp: [options, destination ?? fileDestination({ dest: 1, sync: false })] };
}
