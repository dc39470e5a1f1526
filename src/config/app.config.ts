import { resolve } from 'node:path';
import { InvalidEnvironmentError, NodeEnvironment, validateEnvironment } from './env.validation';

export const APP_CONFIG = Symbol('APP_CONFIG');

export interface AppConfig {
  port: number;
  /** Absolute path; the embedded database lives in `<dataDir>/pgdata`. */
  dataDir: string;
  /** When set, the service runs on that PostgreSQL server instead of the embedded one. */
  databaseUrl?: string;
  jwtSecret?: string;
  nodeEnv: NodeEnvironment;
  demoData: boolean;
  admin?: { email: string; password: string };
  /** Origins allowed to call the API from a browser; none by default (CORS closed). */
  corsOrigins: string[];
  /**
   * STAGE_TARGET_DAYS as written (`scoping=30,adoption=100`): days per stage name, NaN where the days are not whole
   * days. The engagements module owns the stages: it checks the names and the days, and applies the defaults.
   */
  stageTargetDays: Record<string, number>;
  logLevel: string;
  /** Bytes of rendered documents the database keeps (DOCUMENT_STORE_MAX_BYTES); past it the least recently read go. */
  documentStoreMaxBytes: number;
  /** Whether documents are rendered in the background when a version is made, released or finalised (DOCUMENTS_PRERENDER). */
  documentsPrerender: boolean;
}

/** 512 MiB: some thousand roadmap PDFs, a few megabytes each at most. */
export const DEFAULT_DOCUMENT_STORE_MAX_BYTES = 512 * 1024 * 1024;

/** Reads and validates the environment once; throws InvalidEnvironmentError naming each bad variable. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const variables = validateEnvironment(env);
  const nodeEnv = variables.NODE_ENV ?? 'development';
  if (nodeEnv === 'production' && variables.DEMO_DATA === true) {
    // The demo accounts share a password published in the README: in production they would be open doors.
    throw new InvalidEnvironmentError([
      'DEMO_DATA cannot be on in production (NODE_ENV=production): the demo accounts share a published password. Remove DEMO_DATA or set it to off.',
    ]);
  }
  return {
    port: variables.PORT ?? 3000,
    dataDir: resolve(variables.DATA_DIR ?? './data'),
    databaseUrl: variables.DATABASE_URL,
    jwtSecret: variables.JWT_SECRET,
    nodeEnv,
    demoData: variables.DEMO_DATA ?? nodeEnv !== 'production',
    admin:
      variables.ADMIN_EMAIL && variables.ADMIN_PASSWORD
        ? { email: variables.ADMIN_EMAIL, password: variables.ADMIN_PASSWORD }
        : undefined,
    corsOrigins: (variables.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    stageTargetDays: namedNumbers(variables.STAGE_TARGET_DAYS),
    logLevel: variables.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    documentStoreMaxBytes: variables.DOCUMENT_STORE_MAX_BYTES ?? DEFAULT_DOCUMENT_STORE_MAX_BYTES,
    documentsPrerender: variables.DOCUMENTS_PRERENDER ?? true,
  };
}

/** `a=1, b=2` as `{ a: 1, b: 2 }`; a value that is not a whole number (or a pair without `=`) reads as NaN. */
function namedNumbers(list: string | undefined): Record<string, number> {
  return Object.fromEntries(
    (list ? list.split(',') : []).map((pair) => {
      const equals = pair.includes('=') ? pair.indexOf('=') : pair.length;
      const value = pair.slice(equals + 1).trim();
      return [pair.slice(0, equals).trim(), /^\d+$/.test(value) ? Number(value) : Number.NaN];
    }),
  );
}
