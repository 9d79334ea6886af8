/**
 * Child process of `bench/extract.ts`: runs one engine over every page and reports predictions, per-page times and
 * its own peak RSS as JSON on stdout, so engines cannot inflate one another's memory figures.
 * Each pass visits the pages in a different order: V8's garbage collection lands on whichever page crosses a heap
 * threshold, which in a fixed order is the same page every pass, and that moves medians more than engines differ.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { EngineRun, PageRun } from './engineRun';
import { engines, isEngineName } from './engines';
import { loadPages } from './pages';

/** A deterministic permutation of 0..length-1 (Fisher–Yates driven by a small linear congruential generator). */
function shuffledIndexes(length: number, seed: number): number[] {
  const indexes = Array.from({ length }, (_, index) => index);
  let state = (seed * 2_654_435_761 + 1) >>> 0;
  for (let index = length - 1; index > 0; index--) {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    const other = state % (index + 1);
    [indexes[index], indexes[other]] = [indexes[other]!, indexes[index]!];
  }
  return indexes;
}

function main(): void {
  const name = process.argv[2] ?? '';
  if (!isEngineName(name)) throw new Error(`unknown engine "${name}"; one of ${Object.keys(engines).join(', ')}`);
  const engine = engines[name];
  const passes = Math.max(1, Number(process.argv[3] ?? 1));
  const seed = Number(process.argv[4] ?? 0) * passes;
  const inputs = loadPages().map(({ id, url, htmlPath }) => ({ id, url, html: fs.readFileSync(htmlPath, 'utf8') }));
  const runs: PageRun[] = inputs.map(({ id }) => ({ id, prediction: '', ms: Infinity, cpuMs: Infinity, error: null }));
  // The machine is shared, so a page's time is its fastest pass: the least disturbed estimate of its own cost.
  for (let pass = 0; pass < passes; pass++) {
    for (const index of shuffledIndexes(inputs.length, pass + seed)) {
      const { url, html } = inputs[index]!;
      const run = runs[index]!;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      try {
        run.prediction = engine(html, url);
        run.error = null;
      } catch (caught) {
        run.prediction = '';
        run.error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
      }
      run.ms = Math.min(run.ms, performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      run.cpuMs = Math.min(run.cpuMs, (cpu.user + cpu.system) / 1000);
    }
  }
  const result: EngineRun = { engine: name, pages: runs, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(result));
}

main();
