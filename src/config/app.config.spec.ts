import { resolve } from 'node:path';
import { loadAppConfig } from './app.config';
import { InvalidEnvironmentError } from './env.validation';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadAppConfig(env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
  throw new Error('expected the environment to be refused');
}

describe('loadAppConfig', () => {
  it('defaults to port 3000, ./data, the embedded database and demo data', () => {
    expect(loadAppConfig({})).toEqual({
      port: 3000,
      dataDir: resolve('./data'),
      databaseUrl: undefined,
      jwtSecret: undefined,
      nodeEnv: 'development',
      demoData: true,
      admin: undefined,
      corsOrigins: [],
      stageTargetDays: {},
      logLevel: 'info',
      documentStoreMaxBytes: 512 * 1024 * 1024,
      documentsPrerender: true,
    });
  });

  it('reads every setting', () => {
    const config = loadAppConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/vt',
      DATABASE_URL: 'postgres://app@db:5432/vt',
      JWT_SECRET: 's'.repeat(40),
      NODE_ENV: 'development',
      DEMO_DATA: 'on',
      ADMIN_EMAIL: 'admin@un.org',
      ADMIN_PASSWORD: 'correct horse battery',
      LOG_LEVEL: 'warn',
      STAGE_TARGET_DAYS: 'scoping=30, adoption=100',
      DOCUMENT_STORE_MAX_BYTES: '1048576',
      DOCUMENTS_PRERENDER: 'off',
    });
    expect(config).toEqual({
      port: 8080,
      dataDir: '/var/lib/vt',
      databaseUrl: 'postgres://app@db:5432/vt',
      jwtSecret: 's'.repeat(40),
      nodeEnv: 'development',
      demoData: true,
      admin: { email: 'admin@un.org', password: 'correct horse battery' },
      corsOrigins: [],
      stageTargetDays: { scoping: 30, adoption: 100 },
      logLevel: 'warn',
      documentStoreMaxBytes: 1048576,
      documentsPrerender: false,
    });
  });

  it('turns demo data off in production unless asked for', () => {
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32) }).demoData).toBe(false);
    expect(loadAppConfig({ DEMO_DATA: 'off' }).demoData).toBe(false);
    expect(loadAppConfig({ DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('refuses demo data in production, naming the variable', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), DEMO_DATA: 'on' })).toThrow(/DEMO_DATA cannot be on in production/);
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(32), DEMO_DATA: 'off' }).demoData).toBe(false);
  });

  it('treats an empty assignment as unset and ignores unrelated variables', () => {
    expect(loadAppConfig({ PORT: '', HOME: '/root', PATH: '/bin' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT must not be greater than 65535'],
    [{ DATABASE_URL: 'mysql://root@localhost/vt' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be one of development, production, test'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA must be one of 1, true, on, yes, 0, false, off, no'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters long'],
    [{ ADMIN_EMAIL: 'admin@un.org' }, 'ADMIN_PASSWORD is required when ADMIN_EMAIL is set'],
    [{ ADMIN_PASSWORD: 'long enough password' }, 'ADMIN_EMAIL must be an e-mail address (and is required when ADMIN_PASSWORD is set)'],
    [{ ADMIN_EMAIL: 'admin@un.org', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 12 characters long'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ DOCUMENT_STORE_MAX_BYTES: '512MiB' }, 'DOCUMENT_STORE_MAX_BYTES must be a whole number of bytes (0 keeps no document in the database)'],
    [{ DOCUMENT_STORE_MAX_BYTES: '-1' }, 'DOCUMENT_STORE_MAX_BYTES must be a whole number of bytes (0 keeps no document in the database)'],
    [{ DOCUMENTS_PRERENDER: 'sometimes' }, 'DOCUMENTS_PRERENDER must be one of 1, true, on, yes, 0, false, off, no'],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(problemsOf(env)).toEqual([message]);
  });

  it('reads STAGE_TARGET_DAYS as names and whole days, NaN for days it cannot read (the stages are not its to know)', () => {
    expect(loadAppConfig({ STAGE_TARGET_DAYS: ' anyName=7 ,other = 0012, bad=soon,half=1.5,twice=1=2,bare' }).stageTargetDays).toEqual({
      anyName: 7,
      other: 12,
      bad: Number.NaN,
      half: Number.NaN,
      twice: Number.NaN,
      bare: Number.NaN,
    });
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', NODE_ENV: 'y' })).toHaveLength(2);
  });
});

describe('loadAppConfig, access settings', () => {
  it('requires JWT_SECRET in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['JWT_SECRET is required when NODE_ENV is production (at least 32 characters)']);
    expect(loadAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32) }).jwtSecret).toBe('p'.repeat(32));
  });

  it('reads CORS_ORIGINS as a list, and refuses anything that is not an origin', () => {
    expect(loadAppConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(loadAppConfig({}).corsOrigins).toEqual([]);
    expect(problemsOf({ CORS_ORIGINS: '*' })).toEqual([
      'CORS_ORIGINS must be a comma-separated list of origins such as https://roadmaps.example.org',
    ]);
  });
});
