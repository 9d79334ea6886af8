import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { ArticleServer } from '../../support/articleServer';

/**
 * Pages a hostile or broken web server sends, served by the test's page server. Each route returns its full URL;
 * `written` tells how many body bytes a streaming route managed to hand to the client before it stopped reading.
 */

export const RUSSIAN_ARTICLE = [
  'Правительство Казахстана утвердило новую программу строительства дорог в северных областях страны.',
  'Министр транспорта Марат Карабаев заявил, что работы начнутся весной и продлятся три года.',
  'На программу выделено около двухсот миллиардов тенге из республиканского бюджета.',
  'По словам министра, новые трассы сократят время в пути между областными центрами почти вдвое.',
  'Местные предприниматели ожидают, что дороги помогут фермерам быстрее доставлять зерно на рынки.',
  'Эксперты отмечают, что прежние программы часто срывались из-за нехватки подрядчиков.',
  'В министерстве пообещали ежеквартально публиковать отчёты о ходе строительства.',
].join(' ');

const PARAGRAPH =
  'The regional council approved the new budget on Tuesday after a long debate about school funding. ' +
  'Council members said the plan would add teachers in three districts and repair two bridges before winter. ';

export interface StreamStats {
  written: number;
}

export function articleHtml(title: string, body: string, charset = 'utf-8'): string {
  return `<!doctype html><html><head><meta charset="${charset}"><title>${title}</title></head><body><article><h1>${title}</h1>${body
    .split(/(?<=\.) /)
    .map((sentence) => `<p>${sentence}</p>`)
    .join('')}</article></body></html>`;
}

export function servePages(server: ArticleServer) {
  const status = (code: number) =>
    server.route(`/status/${code}`, (_req, res) => {
      res.statusCode = code;
      res.setHeader('Content-Type', 'text/html');
      res.end(`<html><body><h1>Error ${code}</h1></body></html>`);
    });

  const invalidUtf8 = Buffer.concat([
    Buffer.from(articleHtml('Council approves budget', PARAGRAPH.repeat(3)).replace('</article>', '<p>Broken bytes: ')),
    Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0]),
    Buffer.from(' end of the note.</p></article></body></html>'),
  ]);

  const big: StreamStats = { written: 0 };
  const trickle: StreamStats = { written: 0 };

  return {
    notFound: status(404),
    serverError: status(500),
    forbidden: status(403),
    login: server.page(
      '/login',
      `<!doctype html><html><head><title>Sign in</title></head><body><main><h1>Sign in to continue</h1>
       <form action="/session" method="post"><label>Email <input name="email"></label>
       <label>Password <input type="password" name="password"></label><button>Sign in</button></form>
       <p>Forgot your password? Reset it here.</p></main></body></html>`,
    ),
    image: server.page('/photo.png', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'image/png'),
    zip: server.page('/archive.zip', Buffer.from('504b0304140000000800', 'hex'), 'application/zip'),
    emptyArticle: server.page('/empty', '<!doctype html><html><head><title>Story</title></head><body><article></article></body></html>'),
    invalidUtf8: server.page('/invalid-utf8', invalidUtf8, 'text/html; charset=utf-8'),
    windows1251: server.page(
      '/cp1251',
      iconv.encode(articleHtml('Казахстан построит новые дороги', RUSSIAN_ARTICLE, 'windows-1251'), 'windows-1251'),
      'text/html; charset=windows-1251',
    ),
    fiftyMegabytes: server.route('/huge', (req, res) => streamBytes(req, res, 50 * 1024 * 1024, big)),
    big,
    trickle: server.route('/trickle', (req, res) => trickleBytes(req, res, trickle)),
    trickleStats: trickle,
    redirectLoop: server.route('/loop', (_req, res) => {
      res.statusCode = 302;
      res.setHeader('Location', '/loop');
      res.end();
    }),
    gzipBomb: server.route('/bomb', (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Content-Encoding', 'gzip');
      res.end(GZIP_BOMB);
    }),
  };
}

/** 64 MB of spaces inside an HTML page, gzipped to about 64 KB. */
const GZIP_BOMB = gzipSync(Buffer.concat([Buffer.from('<html><body><p>'), Buffer.alloc(64 * 1024 * 1024, 0x20), Buffer.from('</p></body></html>')]));

/** Streams `total` bytes of HTML without a Content-Length, honouring back-pressure, until done or the client leaves. */
function streamBytes(req: IncomingMessage, res: ServerResponse, total: number, stats: StreamStats): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let gone = false;
  req.socket.once('close', () => {
    gone = true;
  });
  const pump = () => {
    while (!gone && stats.written < total) {
      stats.written += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!gone) res.end();
  };
  res.write('<html><body><p>');
  pump();
}

/** One byte per second, forever (until the client leaves). */
function trickleBytes(req: IncomingMessage, res: ServerResponse, stats: StreamStats): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.flushHeaders();
  const timer = setInterval(() => {
    stats.written += 1;
    res.write('a');
  }, 1_000);
  req.socket.once('close', () => clearInterval(timer));
}
