import type { SummaryResult } from '../summarize/summary';

/** The summary as plain text for a terminal: the same content as the Slack message, without markup. */
export function renderSummaryText({ article, summary, omittedWords }: SummaryResult): string {
  const lines: string[] = [article.title ?? summary.title];
  const facts = [article.siteName, article.byline, article.publishedAt?.slice(0, 10), article.wordCount > 0 ? `${article.wordCount} words` : null]
    .filter((fact): fact is string => Boolean(fact));
  const link = article.canonicalUrl ?? article.finalUrl;
  if (link?.startsWith('http')) lines.push(link);
  if (facts.length > 0) lines.push(facts.join(' · '));
  if (article.partial) lines.push('Note: only the opening of this article was available (paywall or preview).');
  if (omittedWords > 0) lines.push(`Note: very long article; this summary covers its opening, the last ${omittedWords} words were not read.`);
  if (summary.fallback === 'ai_unavailable') lines.push('Note: automatic extractive summary; the AI service was unavailable.');
  if (summary.fallback === 'ai_output_unverifiable') lines.push('Note: automatic extractive summary; the AI summary could not be verified.');
  lines.push('', ...summary.bullets.map((bullet) => `• ${bullet}`));

  const { people, organizations, countries } = summary.parties;
  if (people.length + organizations.length + countries.length > 0) lines.push('', 'Key parties');
  if (people.length > 0) {
    lines.push('  People:');
    for (const person of people) {
      const detail = [person.role, person.affiliation].filter(Boolean).join(', ');
      lines.push(`    - ${person.name}${detail ? ` — ${detail}` : ''}`);
    }
  }
  if (organizations.length > 0) {
    lines.push('  Organisations:');
    for (const organization of organizations) lines.push(`    - ${organization.name}${organization.description ? ` — ${organization.description}` : ''}`);
  }
  if (countries.length > 0) lines.push(`  Countries: ${countries.map((country) => country.name).join(', ')}`);

  const engine = summary.engine === 'offline' ? 'the offline summarizer' : (summary.model ?? summary.engine);
  const removed = summary.grounding.droppedParties + summary.grounding.droppedBullets;
  lines.push('', `Summarized by ${engine}${removed > 0 ? ` · ${removed} unverifiable item(s) removed` : ''}`);
  return `${lines.join('\n')}\n`;
}
