/** Builders of small but realistic article pages for the extraction specifications. */

/** Distinct prose paragraphs, long enough for Readability to recognise an article. */
export const STORY = [
  'The harbour authority approved a plan on Tuesday to rebuild the northern pier, which was damaged in last winter’s storms and has been closed to ferries since January.',
  'Engineers told the council that the new structure would rest on deeper piles and rise half a metre higher, so that it can withstand the surges forecast for the coming decades.',
  'Local fishermen welcomed the decision but asked for a temporary landing stage, saying the detour to the southern quay adds an hour to every trip and costs them fuel they cannot afford.',
  'Construction is expected to begin in the spring and to last about eighteen months, according to the authority, which will pay for most of the work from a regional resilience fund.',
  'The mayor said the pier was part of the town’s identity and that its reopening would bring back the summer visitors on whom many shops and restaurants along the front depend.',
];

export function paragraphs(texts: readonly string[] = STORY): string {
  return texts.map((text) => `<p>${text}</p>`).join('\n');
}

export function articlePage(options: { head?: string; body?: string; htmlAttributes?: string } = {}): string {
  const body = options.body ?? `<article><h1>Harbour to rebuild storm-hit pier</h1>${paragraphs()}</article>`;
  return `<!DOCTYPE html>
<html ${options.htmlAttributes ?? 'lang="en"'}>
<head><meta charset="utf-8"><title>Harbour to rebuild storm-hit pier | Coastal Times</title>${options.head ?? ''}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main>${body}</main>
<footer><p>© Coastal Times</p></footer>
</body>
</html>`;
}

export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

export const PAGE_URL = 'https://news.example.com/2024/05/harbour-pier';
