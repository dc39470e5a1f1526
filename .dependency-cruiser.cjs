// The layers of src/: `npm run lint` refuses imports that cross them (depcruise src --config .dependency-cruiser.cjs),
// and src/layers.spec.ts proves each rule bites.

const SHARED = '^src/(common|config|database)/';
/** app.module, app.setup, main and write-openapi (the document without a database) assemble everything: they may import any layer, and no layer imports them. */
const ASSEMBLY = '^src/(app\\.module|app\\.setup|main|write-openapi)\\.ts$';
/** The global guard and the auth module that registers it check engagement access, so they sit above engagements. */
const AUTH_GATE = '^src/auth/auth\\.(guard|module)\\.ts$';

/**
 * Domain folders from the bottom up: each imports only layers below it, and a folder never imports another folder
 * of its own layer, except where the layer says `together` (users and auth: the users module ends a user's
 * sessions, and sign-in reads the accounts). Read from the imports as they are: audit, reference ← users, auth ←
 * engagements ← auth's gate ← missions ← findings ← roadmaps ← documents, implementation ← portfolio ← the pages and
 * the demo data, which use everything.
 */
const DOMAIN_LAYERS = [
  { units: { audit: '^src/audit/', reference: '^src/reference/', health: '^src/health/' } },
  { units: { users: '^src/users/', auth: { path: '^src/auth/', pathNot: AUTH_GATE } }, together: true },
  { units: { engagements: '^src/engagements/' } },
  { units: { 'auth gate': AUTH_GATE } },
  { units: { missions: '^src/missions/' } },
  { units: { findings: '^src/findings/' } },
  { units: { roadmaps: '^src/roadmaps/' } },
  { units: { implementation: '^src/implementation/' } },
  // Documents print the adoption of the version they render.
  { units: { documents: '^src/documents/' } },
  { units: { portfolio: '^src/portfolio/' } },
  { units: { web: '^src/web/', demo: '^src/demo/' } },
];

const asRestriction = (unit) => (typeof unit === 'string' ? { path: unit } : unit);

/** One rule per folder: what it must not import (every layer above it, and its own layer's other folders). */
const layerRules = DOMAIN_LAYERS.flatMap((layer, index) =>
  Object.entries(layer.units).map(([name, unit]) => {
    const above = DOMAIN_LAYERS.slice(index + 1).flatMap((higher) => Object.values(higher.units));
    const siblings = layer.together ? [] : Object.entries(layer.units).filter(([other]) => other !== name).map(([, sibling]) => sibling);
    return {
      name: `layers: ${name}`,
      comment: `Domain modules depend in one direction (DOMAIN_LAYERS): ${name} imports no layer above it and no folder beside it.`,
      severity: 'error',
      from: asRestriction(unit),
      // Paths only: the auth unit's pathNot (the gate) matters where auth imports; as a target, the gate is above anyway.
      to: { path: [...above, ...siblings].map((target) => asRestriction(target).path) },
    };
  }),
);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'A cycle makes every file in it load, test and change with the others. Entities alone may name each other ' +
        '(a TypeORM relation reads its target lazily, `() => Mission`).',
      severity: 'error',
      from: {},
      to: { circular: true, via: { pathNot: '\\.entity\\.ts$' } },
    },
    {
      name: 'shared-knows-no-domain',
      comment: 'common/, config/ and database/ serve every module; importing one would tie them all to it (and close cycles).',
      severity: 'error',
      from: { path: SHARED },
      to: { path: '^src/', pathNot: SHARED },
    },
    {
      name: 'api-knows-no-pages',
      comment: 'The pages use the API\'s services, never the reverse; only the assembly (app.module, app.setup, main) wires web/ in.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/web/', ASSEMBLY] },
      to: { path: '^src/web/' },
    },
    {
      name: 'assembly-is-on-top',
      comment: 'app.module, app.setup, main and write-openapi import every layer; a layer importing them would depend on all the others.',
      severity: 'error',
      from: { path: '^src/', pathNot: [ASSEMBLY, '\\.spec\\.ts$'] },
      to: { path: ASSEMBLY },
    },
    {
      name: 'machine-imports-only-xstate',
      comment: 'The machine is the one place that knows stages, events and guards, tested without Nest or a database: it may import xstate and itself, nothing else.',
      severity: 'error',
      from: { path: '^src/engagements/machine/', pathNot: '\\.spec\\.ts$' },
      to: { pathNot: ['^src/engagements/machine/', '(^|/)node_modules/xstate/'] },
    },
    {
      name: 'machine-tests-stay-pure',
      comment: 'The machine\'s tests use xstate\'s own tools (@xstate/graph) and the machine, without Nest or a database.',
      severity: 'error',
      from: { path: '^src/engagements/machine/.+\\.spec\\.ts$' },
      to: { pathNot: ['^src/engagements/machine/', '(^|/)node_modules/(xstate|@xstate/[^/]+)/'] },
    },
    {
      name: 'src-imports-no-test',
      comment:
        'The build ships src/ without test/: an import of a test helper would break it. Unit tests (*.spec.ts, not built) may share test/utils.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: '^test/' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are dependencies of the design too.
    tsPreCompilationDeps: true,
  },
};
