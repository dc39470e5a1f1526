import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..');

interface Violation {
  rule: string;
  from: string;
  to: string;
}

/**
 * dependency-cruiser is an ES module only, which jest (CommonJS here) cannot load: its API runs in one Node process
 * of its own, with the project's rules, over the `src` folder of each tree given, and prints the violations.
 */
const CRUISE = `
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
const options = await extractDepcruiseOptions('./.dependency-cruiser.cjs');
const results = [];
for (const { baseDir, tsConfig } of JSON.parse(process.argv[1])) {
  const { output } = await cruise(['src'], { ...options, baseDir }, {}, tsConfig ? { tsConfig: extractTSConfig(tsConfig) } : {});
  results.push(output.summary.violations.map((violation) => ({ rule: violation.rule.name, from: violation.from, to: violation.to })));
}
process.stdout.write(JSON.stringify(results));
`;

async function violationsIn(trees: { baseDir: string; tsConfig?: string }[]): Promise<Violation[][]> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', CRUISE, '--', JSON.stringify(trees)], { cwd: ROOT });
  return JSON.parse(stdout) as Violation[][];
}

/** A source tree of one-line files, each importing the paths given (relative to src/). */
function writeTree(baseDir: string, files: Record<string, string[]>): void {
  for (const [file, imports] of Object.entries(files)) {
    const path = join(baseDir, file);
    mkdirSync(dirname(path), { recursive: true });
    const relative = (target: string): string => {
      const ups = file.split('/').length - 1;
      return target.startsWith('node:') ? target : `${'../'.repeat(ups)}${target}`.replace(/\.ts$/, '');
    };
    writeFileSync(path, `${imports.map((target) => `import '${relative(target)}';`).join('\n')}\nexport const here = '${file}';\n`);
  }
}

describe('the layers (.dependency-cruiser.cjs, run by npm run lint)', () => {
  const probe = mkdtempSync(join(tmpdir(), 'vt-layers-'));
  let inSource: Violation[];
  let found: Violation[];

  beforeAll(async () => {
    writeTree(probe, {
      'src/app.module.ts': ['src/web/pages.ts', 'src/roadmaps/actions.ts'],
      'src/common/problems.ts': ['src/web/pages.ts'],
      'src/config/settings.ts': ['src/engagements/machine/stages.ts'],
      'src/engagements/machine/stages.ts': ['node:fs'],
      'src/engagements/engagements.service.ts': ['src/roadmaps/actions.ts', 'src/users/user.ts', 'src/common/problems.ts'],
      'src/auth/auth.guard.ts': ['src/engagements/engagements.service.ts'],
      'src/auth/sessions.ts': ['src/engagements/engagements.service.ts', 'src/users/user.ts'],
      'src/users/user.ts': ['src/auth/session.ts', 'src/app.module.ts'],
      'src/auth/session.ts': [],
      'src/roadmaps/actions.ts': ['src/findings/finding.ts', 'src/missions/mission.ts'],
      'src/findings/finding.ts': ['src/findings/levels.ts'],
      'src/findings/levels.ts': ['src/findings/finding.ts'],
      'src/missions/mission.entity.ts': ['src/missions/consultation.entity.ts'],
      'src/missions/consultation.entity.ts': ['src/missions/mission.entity.ts'],
      'src/missions/mission.ts': ['src/missions/mission.entity.ts'],
      'src/documents/render.ts': ['src/roadmaps/actions.ts'],
      'src/implementation/progress.ts': ['src/documents/render.ts'],
      'src/reference/catalogs.ts': ['test/utils/fixtures.ts'],
      'src/reference/catalogs.spec.ts': ['test/utils/fixtures.ts'],
      'test/utils/fixtures.ts': [],
      'src/web/pages.ts': ['src/portfolio/rows.ts', 'src/demo/seed.ts'],
      'src/portfolio/rows.ts': [],
      'src/demo/seed.ts': [],
    });
    [inSource, found] = await violationsIn([{ baseDir: ROOT, tsConfig: 'tsconfig.json' }, { baseDir: probe }]);
  }, 60_000);
  afterAll(() => rmSync(probe, { recursive: true, force: true }));

  it('hold in the source tree', () => {
    expect(inSource).toEqual([]);
  });

  it('refuse each kind of crossing in a probe tree, and let the allowed directions through', () => {
    const rulesOf = (from: string): string[] => found.filter((violation) => violation.from === from).map((violation) => violation.rule).sort();

    expect(rulesOf('src/common/problems.ts')).toEqual(['api-knows-no-pages', 'shared-knows-no-domain']);
    expect(rulesOf('src/config/settings.ts')).toEqual(['shared-knows-no-domain']);
    expect(rulesOf('src/engagements/machine/stages.ts')).toEqual(['machine-imports-only-xstate']);
    expect(found).toContainEqual({ rule: 'layers: engagements', from: 'src/engagements/engagements.service.ts', to: 'src/roadmaps/actions.ts' });
    expect(rulesOf('src/engagements/engagements.service.ts')).toEqual(['layers: engagements']);
    // The gate checks engagement access from above; the rest of auth sits below engagements.
    expect(rulesOf('src/auth/auth.guard.ts')).toEqual([]);
    expect(rulesOf('src/auth/sessions.ts')).toEqual(['layers: auth']);
    expect(rulesOf('src/users/user.ts')).toEqual(['assembly-is-on-top']);
    expect(rulesOf('src/findings/finding.ts')).toEqual(['no-circular']);
    // Entities may name each other (TypeORM relations), and a layer may import those below it.
    expect(rulesOf('src/missions/mission.entity.ts')).toEqual([]);
    expect(rulesOf('src/roadmaps/actions.ts')).toEqual([]);
    // Documents print the adoption (implementation); implementation knows nothing of documents.
    expect(found).toContainEqual({ rule: 'layers: implementation', from: 'src/implementation/progress.ts', to: 'src/documents/render.ts' });
    expect(rulesOf('src/documents/render.ts')).toEqual([]);
    expect(rulesOf('src/reference/catalogs.ts')).toEqual(['src-imports-no-test']);
    expect(rulesOf('src/reference/catalogs.spec.ts')).toEqual([]);
    expect(found).toContainEqual({ rule: 'layers: web', from: 'src/web/pages.ts', to: 'src/demo/seed.ts' });
    expect(rulesOf('src/web/pages.ts')).toEqual(['layers: web']);
    expect(rulesOf('src/app.module.ts')).toEqual([]);
  });
});
