/** A printable list of single-use codes: one slip per letter with the address, the code and a QR code that fills it in. */
import QRCode from 'qrcode';
import { codeSlipUrl, type CodeBatch } from '../../app/surveys/codes.ts';
import { html, raw } from '../public/html.ts';

function qrFor(url: string): string {
  // A small matrix as SVG; the synchronous path of the library keeps the page one function.
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) if (qr.modules.get(x, y)) path += `M${x + 2} ${y + 2}h1v1h-1z`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size + 4} ${size + 4}" width="96" height="96" aria-hidden="true"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}

/** Inline so that the saved page prints on its own; the route's CSP allows exactly this style by its hash. */
export const PRINT_CSS = `
body { font: 12pt/1.4 system-ui, Arial, sans-serif; margin: 1cm; }
ol { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(2, 1fr); gap: .5cm; }
li { border: 1px dashed #555; padding: .4cm; display: flex; gap: .4cm; align-items: center; break-inside: avoid; }
.code { font: 700 16pt/1.2 ui-monospace, monospace; letter-spacing: .08em; }
.url { word-break: break-all; }
`;

export function codesPrintPage(batch: CodeBatch): string {
  return (
    '<!doctype html>\n' +
    html`<html lang="sv"><head><meta charset="utf-8"><title>Enkätkoder, omgång ${batch.batch}</title>
<style>${raw(PRINT_CSS)}</style></head><body>
<h1>Enkätkoder, omgång ${batch.batch} (${batch.codes.length} st)</h1>
<p>Varje kod kan användas en gång. Koderna sparas inte i klartext och kan inte visas igen.</p>
<ol>${batch.codes.map(
      (code, i) => html`<li>${raw(qrFor(codeSlipUrl(batch, code)))}<div><div>Nr ${i + 1}</div>
<div>Gå till <span class="url">${batch.url}</span></div><div>Din kod: <span class="code">${code}</span></div></div></li>`,
    )}</ol>
</body></html>`.value
  );
}
