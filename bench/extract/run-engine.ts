/**
 * Child process of `bench/extract.ts`: runs one engine over every page and reports predictions, per-page times and
 * its own peak RSS as JSON on stdout, so engines cannot inflate one another's memory figures.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { engines, isEngineName } from './engines';
import { loadPages } from './pages';

export interface PageRun {
  id: string;
  prediction: string;
  ms: number;
  error: string | null;
}

export interface EngineRun {
  engine: string;
  pages: PageRun[];
  peakRssMb: number;
}

function main(): void {
  const name = process.argv[2] ?? '';
  if (!isEngineName(name)) throw new Error(`unknown engine "${name}"; one of ${Object.keys(engines).join(', ')}`);
  const engine = engines[name];
  const passes = Math.max(1, Number(process.argv[3] ?? 1));
  const inputs = loadPages().map((page) => ({ id: page.id, url: page.url, html: fs.readFileSync(page.htmlPath, 'utf8') }));
  const runs: PageRun[] = inputs.map(({ id }) => ({ id, prediction: '', ms: Infinity, error: null }));
  // The machine is shared, so a page's time is its fastest pass: the least disturbed estimate of its own cost.
  for (let pass = 0; pass < passes; pass++) {
    inputs.forEach(({ url, html }, index) => {
      const run = runs[index]!;
      const started = performance.now();
      try {
        run.prediction = engine(html, url);
        run.error = null;
      } catch (caught) {
        run.prediction = '';
        run.error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
      }
      run.ms = Math.min(run.ms, performance.now() - started);
    });
  }
  const result: EngineRun = { engine: name, pages: runs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

main();
