import { readFile } from 'node:fs/promises';

/** Anything written as `scheme://…` is a link (the fetcher refuses schemes other than http and https by name). */
export function isLink(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** Reads a local file, turning the system's error codes into a sentence a person can act on. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new Error(describeReadError(path, error));
  }
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `cannot read ${path}: no such file (give a file, a link starting with https://, or "-" for stdin)`;
    case 'EISDIR':
      return `cannot read ${path}: it is a directory`;
    case 'EACCES':
      return `cannot read ${path}: permission denied`;
    default:
      return `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
