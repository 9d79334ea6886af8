/**
 * `npm run bench:extract`: our extractor against plain Readability on jsdom and on linkedom, over the article
 * extraction benchmark's dev pages, scored with the benchmark's own metric. Each engine runs in its own child process
 * so peak RSS is its own. The machine may be shared, so engines take turns over several rounds (`--rounds N`,
 * default 3), each child timing every page over `--passes N` (default 2; later passes run warm, as a long-lived
 * worker does); each pass visits the pages in its own order, so garbage-collection pauses fall on different pages.
 * A page's time is its fastest over all passes, an engine's peak RSS the largest of its rounds.
 * CPU time (user + system of the process) is reported next to wall time: it is what the engine costs, and it hardly
moves when other work competes for the machine. `--pages` also prints per-page precision/recall of every engine.
 * Pages come from `../shared/fixtures/aeb-dev` (override the shared directory with NEWSBOT_SHARED_DIR).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { engines, type EngineName } from './extract/engines';
import { loadPages, type BenchmarkPage } from './extract/pages';
import { engineRunSchema, type EngineRun } from './extract/engineRun';
import { scoreBenchmark, scorePage, type BenchmarkScore } from './extract/score';

const BASELINE: EngineName = 'readability+linkedom';

function runEngine(engine: EngineName, passes: number, round: number): EngineRun {
  const script = path.join(__dirname, 'extract', 'runEngine.ts');
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, engine, String(passes), String(round)], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return engineRunSchema.parse(JSON.parse(output));
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function score(pages: readonly BenchmarkPage[], run: EngineRun, half?: 'A' | 'B'): BenchmarkScore {
  const predictions = new Map(run.pages.map((page) => [page.id, page.prediction]));
  return scoreBenchmark(
    pages.filter((page) => half === undefined || page.half === half)
      .map((page) => ({ reference: page.reference, prediction: predictions.get(page.id) ?? '' })),
  );
}

function numberFlag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a positive whole number`);
  return value;
}

/** One engine's rounds merged: each page at its fastest, the run at its largest peak RSS. */
function fastestOf(rounds: readonly EngineRun[]): EngineRun {
  const [first, ...rest] = rounds;
  if (first === undefined) throw new Error('no rounds to merge');
  return {
    engine: first.engine,
    peakRssMb: Math.max(...rounds.map((run) => run.peakRssMb)),
    pages: first.pages.map((page, index) => ({
      ...page,
      ms: Math.min(page.ms, ...rest.map((run) => run.pages[index]?.ms ?? Infinity)),
      cpuMs: Math.min(page.cpuMs, ...rest.map((run) => run.pages[index]?.cpuMs ?? Infinity)),
    })),
  };
}

const fixed = (value: number, digits = 3): string => value.toFixed(digits);

function main(): void {
  const pages = loadPages();
  const passes = numberFlag('--passes', 2);
  const rounds = numberFlag('--rounds', 3);
  const names = Object.keys(engines) as EngineName[];
  const roundRuns: EngineRun[][] = [];
  for (let round = 0; round < rounds; round++) roundRuns.push(names.map((engine) => runEngine(engine, passes, round)));
  const runs = names.map((_, index) => fastestOf(roundRuns.map((runsOfRound) => runsOfRound[index]!)));
  const baseline = runs.find((run) => run.engine === BASELINE);
  if (baseline === undefined) throw new Error(`baseline engine ${BASELINE} did not run`);
  const median = (run: EngineRun, time: 'ms' | 'cpuMs'): number => percentile(run.pages.map((page) => page[time]), 0.5);
  const baselineF1 = score(pages, baseline).f1;

  const halfSize = (half: 'A' | 'B'): number => pages.filter((page) => page.half === half).length;
  console.log(
    `Article extraction benchmark: ${pages.length} pages (half A ${halfSize('A')}, half B ${halfSize('B')}), ` +
      `${rounds} rounds of ${passes} passes\n`,
  );
  console.log(
    '| engine | F1 | precision | recall | accuracy | F1 half A | F1 half B | errors | median ms | p90 ms ' +
      '| median CPU ms | p90 CPU ms | peak RSS MB | F1 / baseline | median ms / baseline | median CPU / baseline ' +
      '| RSS / baseline |',
  );
  console.log(`|${' --- |'.repeat(17)}`);
  for (const run of runs) {
    const all = score(pages, run);
    const errors = run.pages.filter((page) => page.error !== null).length;
    const cells = [
      run.engine,
      fixed(all.f1),
      fixed(all.precision),
      fixed(all.recall),
      fixed(all.accuracy),
      fixed(score(pages, run, 'A').f1),
      fixed(score(pages, run, 'B').f1),
      String(errors),
      fixed(median(run, 'ms'), 1),
      fixed(percentile(run.pages.map((page) => page.ms), 0.9), 1),
      fixed(median(run, 'cpuMs'), 1),
      fixed(percentile(run.pages.map((page) => page.cpuMs), 0.9), 1),
      fixed(run.peakRssMb, 0),
      fixed(all.f1 / baselineF1, 3),
      fixed(median(run, 'ms') / median(baseline, 'ms'), 2),
      fixed(median(run, 'cpuMs') / median(baseline, 'cpuMs'), 2),
      fixed(run.peakRssMb / baseline.peakRssMb, 2),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  for (const run of runs) {
    for (const page of run.pages.filter((p) => p.error !== null)) {
      console.log(`\n${run.engine} failed on ${page.id} (counted as an empty prediction): ${page.error}`);
    }
  }

  if (process.argv.includes('--pages')) {
    console.log(`\n| page | half | ${runs.map((run) => `${run.engine} P / R`).join(' | ')} |`);
    console.log(`|---|---|${runs.map(() => '---').join('|')}|`);
    for (const page of pages) {
      const cells = runs.map((run) => {
        const { tp, fp, fn } = scorePage(page.reference, run.pages.find((p) => p.id === page.id)?.prediction ?? '');
        return `${fixed(tp + fp > 0 ? tp / (tp + fp) : 0, 2)} / ${fixed(tp + fn > 0 ? tp / (tp + fn) : 0, 2)}`;
      });
      console.log(`| ${page.id.slice(0, 8)} | ${page.half} | ${cells.join(' | ')} |`);
    }
  }
}

main();
