import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from './docx-fixture.ts';
import { docxToText, documentXmlToText } from './docx-text.ts';
import { ImportError, importPromiseText } from './index.ts';

const PLAN = buildDocx([
  { heading: 'Medborgarlöfte 2024 Luleå kommun' },
  { paragraph: 'Polisen & kommunen lovar att:' },
  { bullet: 'Polisen genomför minst två trygghetsvandringar per termin.' },
  { bullet: 'Kommunen ordnar en föräldraträff varje år.' },
  { heading: 'Genomförandeplan', level: 2 },
  {
    table: [
      ['Område', 'Vad', 'När', 'Ansvarig', 'Uppföljning'],
      ['Trafik', 'Hastighetskontroller', 'Minst 10 per månad', 'Polisen', 'Antal kontroller'],
    ],
  },
  { paragraph: 'Luleå den 1 mars 2024' },
]);

describe('docxToText', () => {
  it('keeps headings, list paragraphs as bullets and table rows as tab-separated lines', async () => {
    const text = await docxToText(PLAN);
    expect(text.split('\n')).toEqual([
      '# Medborgarlöfte 2024 Luleå kommun',
      '',
      'Polisen & kommunen lovar att:',
      '',
      '• Polisen genomför minst två trygghetsvandringar per termin.',
      '• Kommunen ordnar en föräldraträff varje år.',
      '',
      '## Genomförandeplan',
      '',
      'Område\tVad\tNär\tAnsvarig\tUppföljning',
      'Trafik\tHastighetskontroller\tMinst 10 per månad\tPolisen\tAntal kontroller',
      '',
      'Luleå den 1 mars 2024',
      '',
    ]);
  });

  it('gives text the importer reads like the typed document', async () => {
    const doc = importPromiseText(await docxToText(PLAN));
    expect(doc.municipalities).toEqual([{ code: '2580', name: 'Luleå' }]);
    expect(doc.period).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    const commitments = doc.focusAreas.flatMap((a) => a.commitments);
    expect(commitments.map((c) => [c.responsible, c.target.kind === 'count' ? c.target.count : null])).toEqual([
      [['polisen'], 2],
      [['kommunen'], 1],
      [['polisen'], 10],
    ]);
    expect(commitments[2]?.followUp).toEqual(['Antal kontroller']);
  });

  it('joins the paragraphs of a table cell and skips repeated fallback text', () => {
    const xml =
      '<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>Vad</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>När</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:p><w:r><w:t>Första</w:t></w:r></w:p><w:p><w:r><w:t>andra</w:t><w:tab/><w:t>raden</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>' +
      '<w:p><mc:AlternateContent><mc:Choice><w:r><w:t>Synlig</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Synlig</w:t></w:r></mc:Fallback></mc:AlternateContent><w:r><w:t xml:space="preserve"> text &lt;3&#246;</w:t></w:r></w:p></w:body></w:document>';
    expect(documentXmlToText(xml)).toBe('Vad\tNär\nFörsta andra raden\t\n\nSynlig text <3ö\n');
  });

  it('keeps the text of a paragraph around a text box and an empty paragraph', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>Före</w:t></w:r><w:r><w:pict><w:txbxContent><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>' +
      '<w:r><w:t xml:space="preserve"> efter</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>Sist</w:t></w:r></w:p></w:body>';
    expect(documentXmlToText(xml)).toBe('I rutan\n\nFöre efter\n\nSist\n');
  });

  it('refuses what is not a Word file', async () => {
    await expect(docxToText(strToU8('inte en zip'))).rejects.toMatchObject({ code: 'invalid_docx' });
    await expect(docxToText(zipSync({ 'other.xml': strToU8('<x/>') }))).rejects.toBeInstanceOf(ImportError);
  });
});
