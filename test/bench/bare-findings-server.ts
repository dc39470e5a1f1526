/**
 * The baseline of the findings-list benchmark: a bare Fastify server with a pg pool that runs the same
 * SQL statements the app runs for `GET …/findings?limit=50` (captured from the app), and nothing else.
 */
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { EmbeddedPostgres } from '../../src/database/embedded-postgres';

interface Statement {
  sql: string;
  parameters: unknown[];
}

async function main(): Promise<void> {
  const statements = JSON.parse(readFileSync(process.env.STATEMENTS_FILE as string, 'utf8')) as Statement[];
  const embedded = process.env.DATABASE_URL ? null : await EmbeddedPostgres.open(process.env.DATA_DIR as string);
  const pool = embedded ? new Pool(embedded.connectionOptions()) : new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = Fastify({ logger: false });
  app.get('/findings', async () => {
    const client = await pool.connect();
    try {
      let rows: unknown[] = [];
      for (const statement of statements) rows = (await client.query(statement.sql, statement.parameters)).rows;
      return { items: rows, total: rows.length };
    } finally {
      client.release();
    }
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`bare server is running on ${address}\n`);
}

void main();
