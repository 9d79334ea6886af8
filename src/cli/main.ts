import { parseArgs } from 'node:util';
import { ConfigError, loadCliConfig, loadDotEnvFile, type CliConfig } from '../config';
import { MIN_PASTED_WORDS, countWords } from '../article/bareText';
import { isUserFacingError } from '../errors';
import { runPipeline } from '../summarize/pipeline';
import { createPipelineDeps, pdfOptionsFrom } from '../summarize/pipelineDeps';
import { extractCommand } from './extractCommand';
import { isLink, readInputFile } from './inputs';
import { loadLocalArticle } from './localArticle';
import { renderSummaryText } from './renderText';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  readStdin(): Promise<string>;
  /** The environment to configure from; the process environment when omitted. */
  env?: Record<string, string | undefined>;
}

const USAGE = `Usage:
  newsbot summarize <file | url | -> [--json] [--url <original-url>]
      Summarize an article: a local file (.html, .pdf, .txt), a link, or "-" for text on stdin.
      Uses OpenAI when OPENAI_API_KEY is set, otherwise the embedded offline engine.
  newsbot extract <file-or-url>... [--json] [--url <original-url>]
      Print the article text (and metadata) extracted from pages or PDFs. With --json, one JSON object per line.
`;

/** The command line: the same pipeline the workers run, in-process, without Slack or Redis. Returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  let config: CliConfig;
  try {
    config = loadCliConfig(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, url: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command === 'extract') return extractCommand(positionals, { json: values.json ?? false, url: values.url }, config, io);
  if (command !== 'summarize' || positionals.length !== 1) {
    io.stderr.write(USAGE);
    return 2;
  }

  const input = positionals[0]!;
  const deps = createPipelineDeps(config);
  try {
    const source = isLink(input)
      ? { kind: 'url' as const, url: input }
      : input === '-'
        ? { kind: 'text' as const, text: pastedTextLongEnough(await io.readStdin()) }
        : { kind: 'article' as const, article: await loadLocalArticle(input, await readInputFile(input), values.url, pdfOptionsFrom(config.fetch)) };
    const result = await runPipeline(source, deps, {
      onRateLimit: 'fallback',
      onFallback: (reason, error) =>
        io.stderr.write(
          reason === 'ai_unavailable'
            ? `note: AI engine unavailable (${describe(error)}); using the offline engine\n`
            : 'note: the AI summary could not be verified against the article; using the offline engine\n',
        ),
    });
    io.stdout.write(values.json ? `${JSON.stringify({ ...result.summary, article: result.article, omittedWords: result.omittedWords }, null, 2)}\n` : renderSummaryText(result));
    return 0;
  } catch (error) {
    io.stderr.write(`newsbot: ${isUserFacingError(error) ? error.userMessage : describe(error)}\n`);
    return 1;
  }
}

/** The bot's own rule for pasted text, so the CLI and Slack agree on what is too short to summarize. */
function pastedTextLongEnough(text: string): string {
  const words = countWords(text);
  if (words < MIN_PASTED_WORDS) {
    throw new Error(`that text is too short to summarize (${words} words; at least ${MIN_PASTED_WORDS})`);
  }
  return text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Entry point of the `newsbot` binary. */
export function main(): void {
  loadDotEnvFile();
  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readAll(process.stdin),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`newsbot: ${describe(error)}\n`);
      process.exitCode = 1;
    },
  );
}

if (require.main === module) main();
