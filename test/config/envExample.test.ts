import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCliConfig, loadWebConfig, loadWorkerConfig } from '../../src/config';

/**
 * .env.example, the README's configuration table and src/config.ts describe the same variables with the same
 * defaults: an operator reading either file gets what the code does.
 */
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

function exampleValues(): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of read('.env.example').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[2]!);
  }
  return values;
}

/** `| \`NAME\` | used by | default | meaning |` rows of the README's Configuration section. */
function readmeDefaults(): Map<string, string> {
  const section = /\n## Configuration\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '';
  const rows = new Map<string, string>();
  for (const match of section.matchAll(/^\| `([A-Z][A-Z0-9_]*)` \| [^|]* \| ([^|]*) \|/gm)) rows.set(match[1]!, match[2]!.trim());
  return rows;
}

/** Every variable a section schema of src/config.ts reads. */
function configVariables(): Set<string> {
  const source = read('src/config.ts');
  const names = new Set<string>();
  for (const block of source.matchAll(/= z\.object\(\{([\s\S]*?)\n\}\);/g)) {
    for (const match of block[1]!.matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm)) names.add(match[1]!);
  }
  return names;
}

describe('.env.example, README and src/config.ts', () => {
  it('name the same variables', () => {
    const inConfig = [...configVariables()].sort();
    expect(inConfig.length).toBeGreaterThan(30);
    expect([...exampleValues().keys()].sort()).toEqual(inConfig);
    expect([...readmeDefaults().keys()].sort()).toEqual(inConfig);
  });

  it('give the same defaults', () => {
    const example = exampleValues();
    for (const [name, readmeDefault] of readmeDefaults()) {
      const value = example.get(name);
      const backticked = /^`([^`]*)`$/.exec(readmeDefault)?.[1];
      if (backticked !== undefined) expect({ name, value }).toEqual({ name, value: backticked });
      else expect({ name, value }).toEqual({ name, value: '' });
    }
  });

  it('.env.example sets nothing but the defaults the code has anyway', () => {
    const filled = Object.fromEntries([...exampleValues()].filter(([, value]) => value !== ''));
    const tokens = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };
    expect(loadCliConfig(filled)).toEqual(loadCliConfig({}));
    expect(loadWorkerConfig({ ...filled, ...tokens })).toEqual(loadWorkerConfig(tokens));
    expect(loadWebConfig({ ...filled, ...tokens })).toEqual(loadWebConfig(tokens));
  });
});
