/** The little of fontkit (pdfkit's font engine) the reports use: which characters a font has glyphs for. */
declare module 'fontkit' {
  export type Font = { characterSet: number[] };
  export function create(buffer: Buffer): Font;
}
