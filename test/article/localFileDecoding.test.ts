import iconv from 'iconv-lite';
import { loadLocalArticle } from '../../src/cli/localArticle';

/** The CLI reads local files with the fetcher's decoding: an undeclared legacy page is sniffed there too. */
describe('a local HTML file that declares no charset', () => {
  const STORY = [
    'В понедельник в Москве прошло заседание правительства, на котором министры обсудили бюджет на следующий год.',
    'По словам премьер-министра, расходы на образование и здравоохранение вырастут на десять процентов, а налоги для малого бизнеса останутся прежними.',
    'Оппозиция раскритиковала проект, назвав его нереалистичным, и потребовала провести публичные слушания до конца месяца.',
  ];

  it('is decoded from the encoding its bytes are in', async () => {
    const page = `<!doctype html><html><head><title>Бюджет</title></head><body><article>${STORY.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;

    const article = await loadLocalArticle('/tmp/budget.html', iconv.encode(page, 'windows-1251'));

    expect(article.text).toContain(STORY[1]);
  });
});
