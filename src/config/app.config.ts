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
}

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
