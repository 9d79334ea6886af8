import { z } from 'zod';
import { CountrySchema, OrganizationSchema, PersonSchema } from '../types';

/**
 * What the model must return, as a strict JSON schema (every field required, nullable instead of optional, no
 * unions), which OpenAI structured outputs and most compatible servers (vLLM, Ollama) accept.
 * Bounds that strict mode cannot express are enforced after parsing.
 */
export const LlmSummarySchema = z.object({
  title: z.string().describe('A neutral headline for the article, at most 15 words'),
  bullets: z
    .array(
      z.object({
        text: z.string().describe('One key point, one sentence, at most 40 words'),
        sources: z.array(z.number().int()).describe('Ids of the article sentences [n] that state this point'),
      }),
    )
    .describe('3 to 7 key points, most important first'),
  people: z.array(PersonSchema).describe('People who act or speak in the story'),
  organizations: z.array(OrganizationSchema).describe('Organisations that act in the story'),
  countries: z.array(CountrySchema).describe('Countries or governments that act in the story'),
});

export type LlmSummary = z.infer<typeof LlmSummarySchema>;

export const MIN_BULLETS = 3;
export const MAX_BULLETS = 7;
