import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from './file-text.ts';
import { buildManyPages, buildPdf } from './pdf-fixture.ts';
import { joinLine } from './pdf-layout.ts';
import { pdfToText } from './pdf-text.ts';

const HEADER = 'Medborgarlöfte Kalix 2025 – Polisen och Kalix kommun';

const onePage = () =>
  buildPdf(
    [
      { title: 'Medborgarlöfte Kalix kommun 2025' },
      { heading: 'Trafik' },
      {
        lines: [
          'Polisen och Kalix kommun arbetar tillsammans för att öka tryggheten i trafiken och',
          'minska antalet olyckor. Under året genomförs gemensamma trygghets-',
          'vandringar i centrum och vid skolorna, i samverkan med föreningarna.',
        ],
      },
      {
        lines: [
          '• Polisen genomför minst fyra trafikkontroller per månad.',
          '• Kommunen ordnar två föräldraträffar per termin.',
        ],
      },
      { pageBreak: true },
      { heading: 'Skola' },
      { lines: ['• Polisen besöker varje högstadieskola minst en gång per termin.'] },
    ],
    { header: HEADER, footer: 'Sida {n} av {total}' },
  );

describe('PDF text for the importer', () => {
  it('reads one column in order, joins a hyphenated word and drops running headers and page numbers', async () => {
    const text = await pdfToText(await onePage());
    expect(text).toContain('# Medborgarlöfte Kalix kommun 2025');
    expect(text).toContain('gemensamma trygghetsvandringar i centrum');
    expect(text).not.toContain('Sida 1');
    expect(text).not.toContain(HEADER);
    expect(text.indexOf('## Trafik')).toBeLessThan(text.indexOf('## Skola'));
    const { document } = await importFile(await onePage(), 'kalix.pdf');
    expect(document.title).toBe('Medborgarlöfte Kalix kommun 2025');
    expect(document.focusAreas.map((a) => [a.title, a.commitments.length])).toEqual([
      ['Trafik', 2],
      ['Skola', 1],
    ]);
    expect(document.focusAreas[0]?.commitments[0]?.target).toMatchObject({ count: 4, per: 'month' });
  });

  it('reads two columns one after the other, never line by line across them', async () => {
    const pdf = await buildPdf([
      { title: 'Medborgarlöfte Boden' },
      {
        columns: [
          ['Trafik', '• Polisen genomför minst fyra trafikkontroller per månad vid skolorna i centrum.'],
          ['Skola', '• Kommunen ordnar två föräldraträffar per termin om ungdomars trygghet och droger.'],
        ],
      },
    ]);
    const text = await pdfToText(pdf);
    expect(text).toContain('• Polisen genomför minst fyra trafikkontroller per månad vid skolorna i centrum.');
    expect(text).toContain('• Kommunen ordnar två föräldraträffar per termin om ungdomars trygghet och droger.');
    const { document } = await importFile(pdf, 'boden.pdf');
    expect(document.focusAreas.map((a) => a.title)).toEqual(['Trafik', 'Skola']);
    expect(document.focusAreas[1]?.commitments[0]?.target).toMatchObject({ count: 2, per: 'term' });
  });

  it('keeps a genomförandeplan as a table: each row one commitment with its När, Ansvarig and Uppföljning', async () => {
    const pdf = await buildPdf([
      { title: 'Genomförandeplan Kalix kommun 2025' },
      {
        table: [
          ['Vad', 'När', 'Samverkan', 'Ansvarig', 'Uppföljning'],
          [
            'Trygghetsvandringar i centrum med boende och föreningar',
            'Två gånger per år',
            'Föreningar',
            'Kommunen',
            'Antal vandringar; Deltagare',
          ],
          ['Trafikkontroller vid skolorna under skolstarten', 'Minst fyra per månad', 'Kommunen', 'Polisen', 'Antal'],
        ],
        widths: [150, 90, 80, 70, 93],
      },
    ]);
    const text = await pdfToText(pdf);
    expect(text).toContain('Vad\tNär\tSamverkan\tAnsvarig\tUppföljning\n');
    expect(text).toContain('Trygghetsvandringar i centrum med boende och föreningar\tTvå gånger per år\tFöreningar\t');
    const { document } = await importFile(pdf, 'plan.pdf');
    const commitments = document.focusAreas.flatMap((a) => a.commitments);
    expect(commitments.map((c) => [c.responsible, 'when' in c ? c.when : null, c.followUp])).toEqual([
      [['kommunen'], 'Två gånger per år', ['Antal vandringar', 'Deltagare']],
      [['polisen'], 'Minst fyra per månad', ['Antal']],
    ]);
  });

  it('keeps a plan table that runs over three pages as one table, every row with its När', async () => {
    const rows = Array.from({ length: 70 }, (_, i) => [`Trafikkontroll vid skola ${i + 1}`, 'Två per år', 'Polisen']);
    const pdf = await buildPdf(
      [
        { title: 'Genomförandeplan Kalix kommun' },
        { table: [['Vad', 'När', 'Ansvarig'], ...rows], widths: [240, 140, 100] },
      ],
      { header: HEADER, footer: 'Sida {n} av {total}' },
    );
    const { document, sourceText } = await importFile(pdf, 'plan.pdf');
    expect(sourceText).not.toContain('Sida 2');
    const commitments = document.focusAreas.flatMap((a) => a.commitments);
    expect(commitments).toHaveLength(70);
    expect(commitments.every((c) => 'when' in c && c.when === 'Två per år')).toBe(true);
    expect(commitments[69]?.text).toContain('Trafikkontroll vid skola 70');
    expect(document.warnings.filter((w) => w.includes('utan rubrikrad'))).toEqual([]);
  });

  it('refuses a PDF without a text layer (a scan) saying it has no text', async () => {
    const scan = await buildPdf([{ image: true }]);
    await expect(importFile(scan, 'skannad.pdf')).rejects.toMatchObject({
      code: 'pdf_no_text',
      message: expect.stringContaining('PDF-filen har ingen text'),
    });
  });

  it('refuses more than 200 pages, a broken PDF, and a stream that inflates like a bomb', async () => {
    await expect(pdfToText(await buildManyPages(201))).rejects.toMatchObject({ code: 'pdf_too_large' });
    await expect(importFile(new TextEncoder().encode('%PDF-1.7\nnot really'), 'x.pdf')).rejects.toMatchObject({
      code: 'invalid_pdf',
    });
    const zeros = zlibSync(new Uint8Array(8 * 1024 * 1024));
    const head = new TextEncoder().encode(
      `%PDF-1.4\n1 0 obj\n<< /Length ${zeros.length} /Filter /FlateDecode >>\nstream\n`,
    );
    const tail = new TextEncoder().encode('\nendstream\nendobj\n%%EOF\n');
    const bomb = new Uint8Array([...head, ...zeros, ...tail]);
    await expect(importFile(bomb, 'bomb.pdf')).rejects.toMatchObject({ code: 'upload_inflates_too_much' });
  });

  it('joins a word hyphenated at a line end, but keeps "polis- och kommunledning"', () => {
    expect(joinLine('gemensamma trygghets-', 'vandringar')).toBe('gemensamma trygghetsvandringar');
    expect(joinLine('både polis-', 'och kommunledning')).toBe('både polis- och kommunledning');
    expect(joinLine('Kalix-', 'Haparanda')).toBe('Kalix-Haparanda');
  });
});
