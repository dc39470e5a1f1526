import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAIN_EXIT_TIMEOUT_MS, runMainUntilExit } from '../utils/run-main';

/** Issue #14 item 8: production never starts with the demo accounts and their published password. */
describe('Demo data in production', () => {
  it('refuses to start with DEMO_DATA on in production, naming the variable and printing no password', async () => {
    const result = await runMainUntilExit({ NODE_ENV: 'production', DEMO_DATA: 'on', JWT_SECRET: 'x'.repeat(40), PORT: '0' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DEMO_DATA cannot be on in production/);
    expect(result.stdout + result.stderr).not.toMatch(/demo-password|password "/i);
  }, MAIN_EXIT_TIMEOUT_MS + 20_000);

  it('ships a compose file that does not turn demo data on', () => {
    const compose = readFileSync(join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8');
    expect(compose).not.toMatch(/DEMO_DATA/);
    expect(readFileSync(join(__dirname, '..', '..', 'Dockerfile'), 'utf8')).toMatch(/NODE_ENV=production/);
  });
});
