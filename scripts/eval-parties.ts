import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCliConfig } from '../src/config';
import { createSummarizers } from '../src/summarize/createSummarizers';
import { splitSentences } from '../src/summarize/text/sentences';
import type { EngineName, Summarizer } from '../src/summarize/types';
import {
  ATTRIBUTES,
  attributeAccuracy,
  GoldFileSchema,
  PARTY_TYPES,
  precision,
  recall,
  scoreParties,
  sumScores,
  type AttributeScore,
  type GoldFile,
  type PartiesScore,
} from './eval/partyScoring';

export interface EvalCase {
  name: string;
  text: string;
  gold: GoldFile;
}

export interface CaseResult {
  name: string;
  score: PartiesScore;
  milliseconds: number;
}

export interface EvalReport {
  cases: CaseResult[];
  total: PartiesScore;
  millisecondsPerArticle: number;
}

/** Runs any engine over the cases and scores its parties; engines are awaited one article at a time. */
export async function evaluateParties(engine: Summarizer, cases: readonly EvalCase[]): Promise<EvalReport> {
  const results: CaseResult[] = [];
  for (const evalCase of cases) {
    const started = performance.now();
    const draft = await engine.summarize({ title: null, text: evalCase.text, sentences: splitSentences(evalCase.text), lang: 'en' });
    const milliseconds = performance.now() - started;
    results.push({ name: evalCase.name, score: scoreParties(draft.parties, evalCase.gold), milliseconds });
  }
  const totalMs = results.reduce((sum, result) => sum + result.milliseconds, 0);
  return { cases: results, total: sumScores(results.map((result) => result.score)), millisecondsPerArticle: results.length ? totalMs / results.length : 0 };
}

/**
 * Every `*.gold.json` in the directory, with the article text its `source` names (relative to the gold file). A
 * `prefix` goes before each case name, to tell sets apart when several are scored together.
 */
export async function loadCases(dir: string, prefix = ''): Promise<EvalCase[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.gold.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const gold = GoldFileSchema.parse(JSON.parse(await readFile(path.join(dir, file), 'utf8')));
      return { name: `${prefix}${file.replace(/\.gold\.json$/, '')}`, text: await readFile(path.join(dir, gold.source), 'utf8'), gold };
    }),
  );
}

function cell(score: PartiesScore[(typeof PARTY_TYPES)[number]]): string {
  return `${precision(score).toFixed(2)}/${recall(score).toFixed(2)}`.padEnd(11);
}

/** Acceptable out of scored, with wrong answers flagged: "3/4 1✗". */
function attributeCell(score: AttributeScore): string {
  return (score.scored === 0 ? '-' : `${score.acceptable}/${score.scored}${score.wrong ? ` ${score.wrong}✗` : ''}`).padEnd(9);
}

/** `timed` false leaves out the milliseconds, for answers that no engine computed (a second annotator's gold). */
export function formatReport(report: EvalReport, verbose: boolean, timed = true): string {
  const width = Math.max(8, ...report.cases.map((result) => result.name.length));
  const header = `${'article'.padEnd(width)}  ${PARTY_TYPES.map((type) => type.padEnd(11)).join(' ')}  ${'roles'.padEnd(9)} ${'affil.'.padEnd(9)}${timed ? ' ms' : ''}`;
  const lines = [`precision/recall per type; roles and affiliations of matched people: acceptable/scored, ✗ wrong`, header, '-'.repeat(header.length)];
  for (const result of report.cases) {
    const attributes = ATTRIBUTES.map((attribute) => attributeCell(result.score[attribute])).join(' ');
    lines.push(`${result.name.padEnd(width)}  ${PARTY_TYPES.map((type) => cell(result.score[type])).join(' ')}  ${attributes}${timed ? ` ${result.milliseconds.toFixed(1)}` : ''}`);
    if (verbose) {
      for (const type of PARTY_TYPES) {
        const { missed, spurious } = result.score[type];
        if (missed.length) lines.push(`    ${type} missed: ${missed.join('; ')}`);
        if (spurious.length) lines.push(`    ${type} spurious: ${spurious.join('; ')}`);
      }
      for (const attribute of ATTRIBUTES) {
        const { wrongAnswers } = result.score[attribute];
        if (wrongAnswers.length) lines.push(`    ${attribute} wrong: ${wrongAnswers.join('; ')}`);
      }
    }
  }
  lines.push('-'.repeat(header.length));
  const overallAttributes = ATTRIBUTES.map((attribute) => attributeCell(report.total[attribute])).join(' ');
  lines.push(`${'overall'.padEnd(width)}  ${PARTY_TYPES.map((type) => cell(report.total[type])).join(' ')}  ${overallAttributes}${timed ? ` ${report.millisecondsPerArticle.toFixed(1)} ms/article` : ''}`);
  for (const type of PARTY_TYPES) {
    const score = report.total[type];
    lines.push(`${type}: tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives}`);
  }
  for (const attribute of ATTRIBUTES) {
    const score = report.total[attribute];
    lines.push(`${attribute}: ${attributeAccuracy(score).toFixed(2)} acceptable (${score.acceptable}/${score.scored}), ${score.wrong} wrong, ${score.missing} missing`);
  }
  return lines.join('\n');
}

function engineNamed(name: string): Summarizer {
  if (name !== 'offline' && name !== 'openai') throw new Error(`unknown engine "${name}": use offline or openai`);
  const config = loadCliConfig({ ...process.env, SUMMARIZER: name satisfies EngineName });
  const summarizers = createSummarizers(config.summarizer);
  if (summarizers.primary.engine !== name) throw new Error(`engine "${name}" is not configured (is OPENAI_API_KEY set?)`);
  return summarizers.primary;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'offline' },
      dir: { type: 'string', multiple: true, default: ['test/fixtures/articles'] },
      verbose: { type: 'boolean', short: 'v', default: false },
      repeat: { type: 'string', default: '1' },
    },
  });
  const repeat = Number.parseInt(values.repeat, 10);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer, got "${values.repeat}"`);
  const dirs = values.dir;
  const cases = (await Promise.all(dirs.map((dir) => loadCases(path.resolve(dir), dirs.length > 1 ? `${path.basename(dir)}/` : '')))).flat();
  if (cases.length === 0) throw new Error(`no *.gold.json files in ${dirs.join(', ')}`);
  const engine = engineNamed(values.engine);
  // One untimed pass loads lazy data (the given-name list) and warms the JIT, so ms/article measures steady-state work.
  if (engine.engine === 'offline') await evaluateParties(engine, cases);
  let report = await evaluateParties(engine, cases);
  // More passes steady the timing on a busy machine; the scores are the same every pass (the engine is deterministic).
  for (let pass = 1; pass < repeat; pass += 1) {
    const next = await evaluateParties(engine, cases);
    report = { ...report, millisecondsPerArticle: (report.millisecondsPerArticle * pass + next.millisecondsPerArticle) / (pass + 1) };
  }
  console.log(`engine ${engine.engine}${engine.model ? ` (${engine.model})` : ''}, ${cases.length} articles from ${dirs.join(', ')}`);
  console.log(formatReport(report, values.verbose));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
