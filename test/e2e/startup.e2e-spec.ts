import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { DataDirectoryInUseError } from '../../src/database/data-dir-lock';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';
import { UsersService } from '../../src/users/users.service';
import { createTestApp } from '../utils/create-test-app';
import { createTestDatabase, currentEngine, TestDatabase } from '../utils/database';
import { engagementInput } from '../factories/engagement.factory';
import { MAIN_EXIT_TIMEOUT_MS, runMainUntilExit } from '../utils/run-main';
import { sessionOf, signIn } from '../utils/sessions';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/demo/demo-data';

const engine = currentEngine();

describe(`Start-up on the ${engine} engine`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(() => database.drop());

  it('starts on an empty database, migrates it and loads the demo engagements', async () => {
    const t = await createTestApp({ database, config: { demoData: true } });
    try {
      const pm = await sessionOf(t, 'pm@demo.example.org', DEMO_PASSWORD);
      const { body } = await pm.get('/api/engagements').expect(200);
      expect(body.items.map((e: { country: string }) => e.country)).toEqual(['TJK', 'TGO', 'TUN'].sort());
      const stages = Object.fromEntries(body.items.map((e: { country: string; stage: string }) => [e.country, e.stage]));
      expect(stages).toEqual({ TGO: 'gapAssessment', TJK: 'scoping.planning', TUN: 'implementation' });
      // Tunisia's demo shows implementation under way: progress reported, one action completed.
      const tunisia = body.items.find((e: { country: string }) => e.country === 'TUN');
      const implementation = (await pm.get(`/api/engagements/${tunisia.id}/implementation`).expect(200)).body;
      expect(implementation).toMatchObject({ baselineVersion: 1, completed: 1 });
      expect(implementation.progress).toBeGreaterThan(0);
      expect((await pm.get(`/api/engagements/${tunisia.id}/trainings`).expect(200)).body).toHaveLength(1);
      // Togo's demo shows why its assessment cannot be submitted yet.
      const togo = body.items.find((e: { country: string }) => e.country === 'TGO');
      const transitions = (await pm.get(`/api/engagements/${togo.id}/transitions`).expect(200)).body;
      expect(transitions.find((o: { type: string }) => o.type === 'SUBMIT_ASSESSMENT').reasons).toEqual(['1 finding is still in draft.']);
      expect((await pm.get(`/api/engagements/${togo.id}/findings`).expect(200)).body.total).toBe(5);
      await pm.post('/api/engagements').send(engagementInput({ country: 'BEN' })).expect(201);
      // One demo user per role, each signed in to the engagements of their memberships only.
      for (const demo of DEMO_USERS) {
        const session = await sessionOf(t, demo.email, DEMO_PASSWORD);
        const seen = (await session.get('/api/engagements').expect(200)).body.items.map((e: { country: string }) => e.country);
        const expected = demo.role === 'admin' || demo.role === 'programme_manager' ? ['BEN', 'TGO', 'TJK', 'TUN'] : Object.keys(demo.memberships).sort();
        expect({ user: demo.email, seen }).toEqual({ user: demo.email, seen: expected });
      }
    } finally {
      await t.stop();
    }
  });

  it('starts again on the same database, keeping its data and adding no demo twice', async () => {
    const t = await createTestApp({ database, config: { demoData: true } });
    try {
      const pm = await sessionOf(t, 'pm@demo.example.org', DEMO_PASSWORD);
      const { body } = await pm.get('/api/engagements').expect(200);
      expect(body.items.map((e: { country: string }) => e.country)).toEqual(['BEN', 'TGO', 'TJK', 'TUN']);
      const admin = await sessionOf(t, 'admin@demo.example.org', DEMO_PASSWORD);
      expect((await admin.get('/api/users').expect(200)).body).toHaveLength(DEMO_USERS.length);
    } finally {
      await t.stop();
    }
  });

  it('loads no demo data when DEMO_DATA is off', async () => {
    const empty = await createTestDatabase({ migrated: false });
    const t = await createTestApp({ database: empty, config: { demoData: false } });
    try {
      const pm = await signIn(t, 'programme_manager');
      expect((await pm.get('/api/engagements').expect(200)).body.total).toBe(0);
      expect((await t.app.get(UsersService).list()).map((u) => u.email)).toEqual([pm.email]);
    } finally {
      await t.close();
    }
  });

  it('applies the migrations up, down and up again', async () => {
    const fresh = await createTestDatabase({ migrated: false });
    const embedded = engine === 'embedded' ? await EmbeddedPostgres.open(fresh.dataDir) : undefined;
    const dataSource = await new DataSource(dataSourceOptions({ databaseUrl: fresh.databaseUrl, embedded })).initialize();
    const tables = async (): Promise<string[]> =>
      (
        await dataSource.query<{ table_name: string }[]>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
        )
      ).map((row) => row.table_name);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.length).toBeGreaterThan(0);
      expect(await tables()).toContain('engagements');
      for (let i = 0; i < applied.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      expect(await dataSource.showMigrations()).toBe(true);
      await dataSource.runMigrations({ transaction: 'each' });
      expect(await tables()).toContain('engagements');
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
      await embedded?.close();
      await fresh.drop();
    }
  });

  it('stops with a message naming the variable when a setting is wrong', async () => {
    const result = await runMainUntilExit({ PORT: 'not-a-port', DATA_DIR: database.dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('PORT must be a whole number from 0 to 65535');
  }, MAIN_EXIT_TIMEOUT_MS + 20_000);

  it('stops with the same plain message when STAGE_TARGET_DAYS names a stage the machine does not time', async () => {
    const result = await runMainUntilExit({ STAGE_TARGET_DAYS: 'implementation=30', DATA_DIR: database.dataDir });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'Invalid configuration:\n  - STAGE_TARGET_DAYS must look like scoping=60,gapAssessment=45,roadmap=90,adoption=120 (any of them)\n',
    );
  }, MAIN_EXIT_TIMEOUT_MS + 20_000);

  if (engine === 'embedded') {
    describe('the data directory lock', () => {
      it('refuses a second app on a directory in use, in this process and in another one', async () => {
        const running = await createTestApp({ database });
        try {
          await expect(createTestApp({ database })).rejects.toThrow(DataDirectoryInUseError);
          const other = await runMainUntilExit({ DATA_DIR: database.dataDir, PORT: '0' });
          expect(other.code).toBe(1);
          expect(other.stderr).toContain(`The data directory ${database.dataDir} is in use by another process (pid ${process.pid})`);
          // The refused starts changed nothing: the running app still serves its data.
          const pm = await sessionOf(running, 'pm@demo.example.org', DEMO_PASSWORD);
          expect((await pm.get('/api/engagements').expect(200)).body.total).toBe(4);
        } finally {
          await running.stop();
        }
      }, MAIN_EXIT_TIMEOUT_MS + 20_000);

      it('releases the directory when the app stops, so the next start succeeds', async () => {
        const next = await createTestApp({ database });
        try {
          const pm = await sessionOf(next, 'pm@demo.example.org', DEMO_PASSWORD);
          expect((await pm.get('/api/health').expect(200)).body.database.engine).toBe('embedded');
        } finally {
          await next.stop();
        }
      });
    });
  } else {
    describe('replicas on one server', () => {
      it('run side by side on the same database and see each other\'s writes', async () => {
        const [a, b] = await Promise.all([
          createTestApp({ database, config: { jwtSecret: 'x'.repeat(40) } }),
          createTestApp({ database, config: { jwtSecret: 'x'.repeat(40) } }),
        ]);
        try {
          // A session opened on one replica is good on the other: they share the secret and the database.
          const onA = await sessionOf(a, 'pm@demo.example.org', DEMO_PASSWORD);
          await onA.post('/api/engagements').send(engagementInput({ country: 'NGA' })).expect(201);
          const seen = await b.http().get('/api/engagements?country=NGA').set('authorization', `Bearer ${onA.token}`).expect(200);
          expect(seen.body.total).toBe(1);
        } finally {
          await Promise.all([a.stop(), b.stop()]);
        }
      });
    });
  }
});
