import { z } from 'zod';

/** What a benchmark child process reports about one engine, validated as it crosses the process boundary. */
export const engineRunSchema = z.object({
  engine: z.string(),
  peakRssMb: z.number(),
  pages: z.array(
    z.object({
      id: z.string(),
      prediction: z.string(),
      /** Wall-clock time of the fastest pass. */
      ms: z.number(),
      /** CPU time (user + system, all threads of the process) of the least costly pass. */
      cpuMs: z.number(),
      /** The engine threw on this page; its prediction counts as empty. */
      error: z.string().nullable(),
    }),
  ),
});

export type EngineRun = z.infer<typeof engineRunSchema>;
export type PageRun = EngineRun['pages'][number];
