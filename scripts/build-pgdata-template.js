'use strict';
// Build step: an initialised embedded PostgreSQL cluster with every migration applied, packed beside
// the build (dist/pgdata-template.tar.gz). A new data directory is unpacked from it in about a second
// instead of running initdb and the migrations (about five seconds on a 2-core machine). Made from the
// PGlite and the migrations of this build, so it always matches them; migrations added later still
// run at start-up as usual.
require('reflect-metadata');
const { mkdtempSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { Buffer } = require('node:buffer');
const { DataSource } = require('typeorm');
const { EmbeddedPostgres } = require('../dist/src/database/embedded-postgres');
const { dataSourceOptions } = require('../dist/src/database/data-source');

async function main() {
  const scratch = mkdtempSync(join(tmpdir(), 'vt-pgdata-template-'));
  const embedded = await EmbeddedPostgres.open(scratch, null);
  try {
    const dataSource = new DataSource(dataSourceOptions({ embedded }));
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    const dump = await embedded.dump();
    const target = join(__dirname, '..', 'dist', 'pgdata-template.tar.gz');
    writeFileSync(target, Buffer.from(await dump.arrayBuffer()));
    process.stdout.write(`embedded database template: ${target} (${applied.length} migrations, ${Math.round(dump.size / 1024)} KiB)\n`);
  } finally {
    await embedded.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
