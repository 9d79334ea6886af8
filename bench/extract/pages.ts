import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const groundTruthSchema = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string() }));

export interface BenchmarkPage {
  id: string;
  url: string;
  reference: string;
  htmlPath: string;
  /** Development discipline: rules are developed on half "A" and checked on half "B", which is never tuned on. */
  half: 'A' | 'B';
}

export function benchmarkDir(): string {
  const shared = process.env.NEWSBOT_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
  return path.join(shared, 'fixtures', 'aeb-dev');
}

export function loadPages(dir = benchmarkDir()): BenchmarkPage[] {
  const truth = groundTruthSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')));
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { articleBody, url }]) => ({
      id,
      url,
      reference: articleBody,
      htmlPath: path.join(dir, 'html', `${id}.html`),
      half: parseInt(id.charAt(id.length - 1), 16) % 2 === 0 ? 'A' : 'B',
    }));
}
