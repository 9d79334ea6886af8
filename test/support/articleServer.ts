import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeNow, listenOnLoopback } from './localHttp';

export type PageHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A local web server for article pages: each path answers with fixed content or a handler of the test's. */
export class ArticleServer {
  private readonly pages = new Map<string, PageHandler>();
  private server: Server | undefined;
  readonly requests: string[] = [];
  baseUrl = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      this.requests.push(path);
      const handler = this.pages.get(path);
      if (!handler) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html');
        res.end('<html><body><h1>Not found</h1></body></html>');
        return;
      }
      Promise.resolve(handler(req, res)).catch(() => res.destroy());
    });
    this.baseUrl = await listenOnLoopback(this.server);
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    await closeNow(server);
  }

  /** Serves `body` at `path`; returns the page's full URL. */
  page(path: string, body: string | Buffer, contentType = 'text/html; charset=utf-8', status = 200): string {
    return this.route(path, (_req, res) => {
      res.statusCode = status;
      res.setHeader('Content-Type', contentType);
      res.end(body);
    });
  }

  route(path: string, handler: PageHandler): string {
    this.pages.set(path, handler);
    return `${this.baseUrl}${path}`;
  }
}

/** Wraps plain paragraphs in a realistic news page: navigation, article, related links and footer. */
export function newsPage(title: string, text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Trend News</title>
<meta property="og:site_name" content="Trend News"><meta property="article:published_time" content="2020-12-22T12:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></nav>
<main><article><h1>${escapeHtml(title)}</h1>${paragraphs}</article>
<aside><h3>Related</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside></main>
<footer>© Trend News. All rights reserved.</footer></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
