import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Figures the reliability suites measure, one JSON line each, printed as a table when the run ends. */
const FILE = join(__dirname, '..', '..', 'test-output', 'reliability-figures.jsonl');

interface Figure {
  suite: string;
  engine: string;
  figure: string;
  value: string;
}

export function recordFigure(suite: string, figure: string, value: string | number): void {
  mkdirSync(join(FILE, '..'), { recursive: true });
  const line: Figure = { suite, engine: process.env.TEST_ENGINE ?? 'embedded', figure, value: String(value) };
  appendFileSync(FILE, `${JSON.stringify(line)}\n`);
}

export function clearFigures(): void {
  rmSync(FILE, { force: true });
}

export function figuresTable(): string {
  if (!existsSync(FILE)) return '';
  const figures = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure)
    .sort((a, b) => a.suite.localeCompare(b.suite) || a.engine.localeCompare(b.engine));
  const rows = figures.map((f) => [f.suite, f.engine, f.figure, f.value]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column].length), 6));
  return ['', 'Reliability figures', ...rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column])).join('  ')}`), ''].join('\n');
}
