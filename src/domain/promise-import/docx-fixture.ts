/**
 * Builds small .docx files in memory for tests: a minimal package with
 * word/document.xml (what Word itself needs to open it), no binary fixture.
 */
import { strToU8, zipSync } from 'fflate';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export type DocxPart =
  | { heading: string; level?: number }
  | { paragraph: string }
  | { bullet: string }
  | { table: string[][] };

function run(text: string): string {
  return `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

function partXml(part: DocxPart): string {
  if ('heading' in part) {
    return `<w:p><w:pPr><w:pStyle w:val="Heading${part.level ?? 1}"/></w:pPr>${run(part.heading)}</w:p>`;
  }
  if ('bullet' in part) {
    return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(part.bullet)}</w:p>`;
  }
  if ('paragraph' in part) {
    // Tab stops in the paragraph properties must not become tab characters.
    return `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${run(part.paragraph)}</w:p>`;
  }
  const rows = part.table
    .map((cells) => `<w:tr>${cells.map((c) => `<w:tc><w:tcPr/><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr/>${rows}</w:tbl>`;
}

export function documentXml(parts: DocxPart[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${parts.map(partXml).join('')}<w:sectPr/></w:body></w:document>`;
}

export function buildDocx(parts: DocxPart[]): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    'word/document.xml': strToU8(documentXml(parts)),
  });
}
