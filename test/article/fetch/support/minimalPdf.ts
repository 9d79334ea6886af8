/**
 * Writes a small, valid PDF by hand: standard Helvetica font, one text line per string, paragraphs separated by an
 * extra line of space, exactly as word processors lay them out. Used to build test/fixtures/fetch/sample.pdf and
 * documents with many pages.
 *
 * `pages[page][paragraph][line]`; text must be Latin-1.
 */
export function buildPdf(pages: string[][][], title: string | null = null): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);

  const catalog = add('');
  const pageTree = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const pageIds = pages.map((paragraphs) => {
    const stream = contentStream(paragraphs);
    const contents = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 612 792] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${contents} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  const info = title === null ? null : add(`<< /Title (${escapeText(title)}) >>`);

  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info === null ? '' : ` /Info ${info} 0 R`} >>\n`;
  pdf += `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const FONT_SIZE = 12;
const LINE_SPACING = 14;

function contentStream(paragraphs: string[][]): string {
  const operations = ['BT', `/F1 ${FONT_SIZE} Tf`, `72 740 Td`];
  paragraphs.forEach((lines, paragraphIndex) => {
    lines.forEach((line, lineIndex) => {
      if (paragraphIndex > 0 || lineIndex > 0) {
        const spacing = lineIndex === 0 ? LINE_SPACING * 2 : LINE_SPACING;
        operations.push(`0 -${spacing} Td`);
      }
      operations.push(`(${escapeText(line)}) Tj`);
    });
  });
  operations.push('ET');
  return operations.join('\n');
}

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`);
}
