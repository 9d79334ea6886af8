import { ConfigError } from '../../src/config';

/** The problems a config loader reports, one line each; empty when the configuration is accepted. */
export function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}
