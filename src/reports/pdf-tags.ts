/**
 * The structure tree of a tagged PDF (PDF/UA-1), built with pdfkit's own
 * tagging while the page is drawn: every piece of content is painted inside
 * the structure element it belongs to (H1–H3, P, L/LI/Lbl/LBody, Table/TR/
 * TH/TD, Figure), in reading order, and headings become bookmarks.
 * Everything else on a page is an artifact (pdf-common.ts `artifact`).
 *
 * pdfkit runs a content closure as soon as its element hangs in the tree,
 * so `content(parent, type, draw)` paints right away. A closure must not
 * start a page itself (ensureSpace before it, not inside); text that runs
 * over the page end is carried on by pdfkit, marked on both pages.
 */
import type { Pdf } from './pdf-common.ts';

export type StructElement = PDFKit.PDFStructureElement;

export type ElementOptions = {
  /** Alternative text: what a figure shows, in words. */
  alt?: string;
  lang?: string;
  /** A header cell's scope. */
  scope?: 'Row' | 'Column' | 'Both';
  /** Columns a table cell spans. */
  colSpan?: number;
  /** Where the element lies on its page, in pdfkit's coordinates [left, top, right, bottom]. */
  bbox?: [number, number, number, number];
};

type Outline = PDFKit.PDFOutline;

export class PdfStructure {
  readonly doc: Pdf;
  readonly root: StructElement;
  private list: StructElement | null = null;
  private section: Outline | null = null;

  constructor(doc: Pdf) {
    this.doc = doc;
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  private make(type: string, options: ElementOptions): StructElement {
    const { colSpan, ...rest } = options;
    // pdfkit's typings know only title, lang, alt and actual; the rest it handles too.
    const element = this.doc.struct(type, rest as PDFKit.Mixins.StructureElementOptions);
    if (colSpan !== undefined && colSpan > 1) {
      // pdfkit has no option for ColSpan; it is one more entry of the Table attributes.
      const data = (element as unknown as { dictionary: { data: { A?: Record<string, unknown> } } }).dictionary.data;
      data.A = { ...(data.A ?? {}), O: 'Table', ColSpan: colSpan };
    }
    return element;
  }

  /** A structure element without content of its own (Table, TR, L, LI, Sect), under `parent`. */
  group(type: string, parent: StructElement = this.root, options: ElementOptions = {}): StructElement {
    if (parent === this.root) this.endList();
    const element = this.make(type, options);
    parent.add(element);
    return element;
  }

  /** A structure element whose content is what `draw` paints now. */
  content(parent: StructElement | null, type: string, draw: () => void, options: ElementOptions = {}): StructElement {
    if (parent === null || parent === this.root) this.endList();
    const element = this.make(type, options);
    (parent ?? this.root).add(element);
    element.add(draw);
    return element;
  }

  /** More content for an element already in the tree, e.g. a table cell continued on the next page. */
  more(element: StructElement, draw: () => void): void {
    element.add(draw);
  }

  /**
   * A heading: H1 is the document's title, H2 a section and H3 a part of
   * one. Each becomes a bookmark (H3 under its section) pointing at the
   * heading on its page.
   */
  heading(level: 1 | 2 | 3, text: string, draw: () => void): void {
    const top = this.doc.y;
    const page = this.doc.page;
    this.content(null, `H${level}`, draw);
    const at = { top, left: page.width, expanded: true };
    if (level === 3 && this.section) this.section.addItem(text, at);
    else {
      const item = this.doc.outline.addItem(text, at);
      this.section = level === 2 ? item : this.section;
    }
  }

  /**
   * One item of the current list (a list starts with its first item and
   * ends at the next other block). A body of more than one part (a promise
   * and the line naming who answers for it) is a paragraph per part.
   */
  listItem(drawLabel: () => void, ...drawBody: (() => void)[]): StructElement {
    this.list ??= this.group('L');
    const current = this.list;
    const item = this.make('LI', {});
    current.add(item);
    this.content(item, 'Lbl', drawLabel);
    const [only, ...more] = drawBody;
    if (only && more.length === 0) return this.content(item, 'LBody', only);
    const body = this.group('LBody', item);
    for (const draw of drawBody) this.content(body, 'P', draw);
    return body;
  }

  endList(): void {
    this.list = null;
  }
}
