/**
 * Our own check of a PDF against the parts of PDF/UA-1 (and the Matterhorn
 * protocol's machine-checkable failure conditions) a renderer can get
 * wrong: tagged and marked, language, title shown as the window title,
 * XMP with the PDF/UA identifier, every piece of painted content either in
 * a structure element or an artifact, every marked content claimed by
 * exactly one element, reading order (the structure visits each page's
 * content in the order it is painted), headings from H1 without skipped
 * levels, tables with header cells that have a scope, list items with
 * their parts, figures with alternative text, and every font embedded with
 * a Unicode map. Text per marked content comes from pdf.js. No conformance
 * checker (veraPDF) is installable here, so this is the check we have.
 * Used by tests only.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  PdfName,
  PdfRef,
  contentOps,
  readObjects,
  type PdfDict,
  type PdfObject,
  type PdfValue,
} from './pdf-objects.ts';

export type StructNode = { role: string; depth: number; alt: string | null; attrs: PdfDict[]; text: string };

export type UaReport = {
  problems: string[];
  title: string;
  lang: string;
  /** Headings in order, as "H2 Text". */
  headings: string[];
  /** Bookmarks in order, nested ones indented by two spaces. */
  outline: string[];
  /** Every structure element in reading order, with the text of its own content. */
  nodes: StructNode[];
  /** The text of the whole structure tree in reading order, whitespace collapsed. */
  text: string;
  /** The text of every artifact, page by page: it should be page furniture only, as a screen reader skips it. */
  artifacts: string[];
};

const TEXT_OPS = new Set(['Tj', 'TJ', "'", '"']);
const PAINT_OPS = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'BI']);

const isRef = (value: unknown): value is PdfRef => value instanceof PdfRef;
const nameOf = (value: unknown): string | null => (value instanceof PdfName ? value.name : null);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

class Reader {
  readonly objects: Map<number, PdfObject>;
  constructor(objects: Map<number, PdfObject>) {
    this.objects = objects;
  }
  get(value: PdfValue | undefined): PdfValue | undefined {
    return isRef(value) ? this.objects.get(value.ref)?.value : value;
  }
  dict(value: PdfValue | undefined): PdfDict | null {
    const found = this.get(value);
    return typeof found === 'object' && found !== null && !Array.isArray(found) && !isRef(found) && !nameOf(found)
      ? (found as PdfDict)
      : null;
  }
  list(value: PdfValue | undefined): PdfValue[] {
    const found = this.get(value);
    return Array.isArray(found) ? found : found === undefined || found === null ? [] : [found];
  }
  stream(value: PdfValue | undefined): Buffer | null {
    return isRef(value) ? (this.objects.get(value.ref)?.stream ?? null) : null;
  }
}

type PageMarks = { mcids: number[]; problems: string[]; fonts: Set<string> };

/** The marked content of one page in painting order, and any painting outside marked content. */
function readPage(stream: Buffer, page: number): PageMarks {
  const marks: PageMarks = { mcids: [], problems: [], fonts: new Set() };
  const stack: string[] = [];
  for (const { op, operands } of contentOps(stream)) {
    if (op === 'BMC' || op === 'BDC') {
      const tag = nameOf(operands[0] as PdfValue) ?? '?';
      const props = operands[1] as PdfDict | undefined;
      const mcid = typeof props === 'object' && props !== null && typeof props.MCID === 'number' ? props.MCID : null;
      if (mcid !== null) marks.mcids.push(mcid);
      if (tag !== 'Artifact' && mcid === null) marks.problems.push(`page ${page}: marked content /${tag} without MCID`);
      stack.push(tag);
    } else if (op === 'EMC') {
      if (stack.pop() === undefined) marks.problems.push(`page ${page}: EMC without BMC/BDC`);
    } else if (op === 'Tf') marks.fonts.add(nameOf(operands[0] as PdfValue) ?? '?');
    else if ((TEXT_OPS.has(op) || PAINT_OPS.has(op)) && stack.length === 0)
      marks.problems.push(`page ${page}: "${op}" painted outside a structure element or artifact`);
  }
  if (stack.length > 0) marks.problems.push(`page ${page}: ${stack.length} marked content left open`);
  return marks;
}

type PageText = { byMcid: Map<string, string>; artifacts: string[] };

/** pdf.js' text per marked-content id on each page (its ids end in "_mc<MCID>"), and each text run of the artifacts. */
async function readTexts(bytes: Buffer): Promise<PageText[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PageText[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent({ includeMarkedContent: true });
    const page: PageText = { byMcid: new Map(), artifacts: [] };
    const open: { mcid: string | null; artifact: boolean }[] = [];
    for (const item of content.items) {
      if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) {
        const mcid = typeof item.id === 'string' ? (/_mc(\d+)$/.exec(item.id)?.[1] ?? null) : null;
        // pdf.js hands the tag over too, though its typings leave it out.
        open.push({ mcid, artifact: (item as { tag?: string }).tag === 'Artifact' });
      } else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item) {
        const text = `${item.str}${item.hasEOL ? ' ' : ''}`;
        const mcid = open.findLast((o) => o.mcid !== null)?.mcid;
        if (open.some((o) => o.artifact)) {
          if (squash(text)) page.artifacts.push(squash(text));
        } else if (mcid) page.byMcid.set(mcid, `${page.byMcid.get(mcid) ?? ''}${text}`);
      }
    }
    pages.push(page);
  }
  await pdf.destroy();
  return pages;
}

function checkFonts(reader: Reader, pageDict: PdfDict, used: Set<string>, page: number, problems: string[]): void {
  const fonts = reader.dict(reader.dict(pageDict.Resources)?.Font) ?? {};
  for (const name of used) {
    const font = reader.dict(fonts[name]);
    if (!font) {
      problems.push(`page ${page}: font ${name} not in the resources`);
      continue;
    }
    const base = nameOf(font.BaseFont) ?? name;
    const descendant = nameOf(font.Subtype) === 'Type0' ? reader.dict(reader.list(font.DescendantFonts)[0]) : font;
    const descriptor = reader.dict(descendant?.FontDescriptor);
    if (!descriptor || !(descriptor.FontFile || descriptor.FontFile2 || descriptor.FontFile3))
      problems.push(`font ${base} is not embedded`);
    if (!font.ToUnicode) problems.push(`font ${base} has no ToUnicode map`);
  }
}

function readOutline(reader: Reader, first: PdfValue | undefined, indent: string, out: string[]): void {
  for (let item = reader.dict(first), guard = 0; item && guard < 10_000; item = reader.dict(item.Next), guard += 1) {
    out.push(`${indent}${typeof item.Title === 'string' ? item.Title : '?'}`);
    if (item.First) readOutline(reader, item.First, `${indent}  `, out);
  }
}

const attrsOf = (reader: Reader, element: PdfDict): PdfDict[] =>
  reader.list(element.A).flatMap((a) => (reader.dict(a) ? [reader.dict(a) as PdfDict] : []));

/** Structure rules per element: parents and children that belong together. */
function checkElement(role: string, parent: string, kids: string[], node: StructNode, problems: string[]): void {
  const where = `${role} "${node.text.slice(0, 40)}"`;
  if (role === 'Figure' && !node.alt?.trim()) problems.push(`${where}: figure without alternative text`);
  if ((role === 'TH' || role === 'TD') && parent !== 'TR') problems.push(`${where}: cell outside a TR`);
  if (role === 'TR' && !['Table', 'THead', 'TBody', 'TFoot'].includes(parent)) problems.push(`TR outside a table`);
  if (role === 'TH' && !node.attrs.some((a) => nameOf(a.O) === 'Table' && nameOf(a.Scope)))
    problems.push(`${where}: header cell without Scope`);
  if (role === 'Table' && !kids.includes('TR') && !kids.some((k) => ['THead', 'TBody'].includes(k)))
    problems.push('Table without rows');
  if (role === 'LI' && parent !== 'L') problems.push(`${where}: list item outside a list`);
  if ((role === 'Lbl' || role === 'LBody') && parent !== 'LI') problems.push(`${where}: outside a list item`);
  if (role === 'L' && kids.some((k) => k !== 'LI' && k !== 'Caption')) problems.push('L with children other than LI');
}

/** The document-level requirements: marked, language, title in the window and the XMP with the PDF/UA identifier. */
function checkCatalog(reader: Reader, catalog: PdfDict, title: string, problems: string[]): void {
  if (reader.dict(catalog.MarkInfo)?.Marked !== true) problems.push('MarkInfo /Marked is not true');
  if (typeof catalog.Lang !== 'string' || !catalog.Lang) problems.push('no document language (/Lang)');
  if (reader.dict(catalog.ViewerPreferences)?.DisplayDocTitle !== true) problems.push('DisplayDocTitle is not true');
  if (!title.trim()) problems.push('no title in the document information');
  const xmp = reader.stream(catalog.Metadata)?.toString('utf8') ?? '';
  if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp)) problems.push('XMP metadata lacks pdfuaid:part 1');
  const xmpTitle = /<dc:title>[\s\S]*?<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(xmp)?.[1] ?? '';
  const unescaped = xmpTitle
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  if (unescaped.replace(/&amp;/g, '&') !== title || /&(?!amp;|lt;|gt;|quot;|apos;)/.test(xmpTitle))
    problems.push(`XMP dc:title "${xmpTitle}" is not the title "${title}" as valid XML`);
}

type Page = { ref: number; dict: PdfDict; marks: PageMarks };

function readPages(reader: Reader, catalog: PdfDict, problems: string[]): Page[] {
  const refs: number[] = [];
  const walkPages = (node: PdfValue | undefined): void => {
    const dict = reader.dict(node);
    if (!dict) return;
    if (nameOf(dict.Type) === 'Page' && isRef(node)) refs.push(node.ref);
    for (const kid of reader.list(dict.Kids)) walkPages(kid);
  };
  walkPages(catalog.Pages);
  return refs.map((ref, index) => {
    const dict = reader.dict(new PdfRef(ref)) ?? {};
    // Contents is one stream or an array of them; either way by reference.
    const contents = Array.isArray(dict.Contents) ? dict.Contents : [dict.Contents];
    const streams = contents.map((c) => reader.stream(c) ?? Buffer.alloc(0));
    if (streams.every((stream) => stream.length === 0)) problems.push(`page ${index + 1}: no content read`);
    const marks = readPage(Buffer.concat(streams), index + 1);
    problems.push(...marks.problems);
    checkFonts(reader, dict, marks.fonts, index + 1, problems);
    return { ref, dict, marks };
  });
}

/** Which element owns each MCID of each page, as the tree says; and the order the tree visits them in. */
type Claims = { owners: Map<number, number[]>[]; visited: number[][] };

function walkStructure(reader: Reader, root: PdfDict | null, pages: Page[], texts: PageText[], problems: string[]) {
  const pageIndex = new Map(pages.map((page, index) => [page.ref, index]));
  const nodes: StructNode[] = [];
  const claims: Claims = { owners: pages.map(() => new Map()), visited: pages.map(() => []) };
  const walk = (ref: PdfValue, parentRole: string, depth: number, inheritedPage: PdfValue | undefined): string => {
    const element = reader.dict(ref);
    if (!element) return '';
    const role = nameOf(element.S) ?? '?';
    const node: StructNode = { role, depth, alt: null, attrs: attrsOf(reader, element), text: '' };
    node.alt = typeof element.Alt === 'string' ? element.Alt : null;
    nodes.push(node);
    const page = element.Pg ?? inheritedPage;
    const kidRoles: string[] = [];
    for (const kid of reader.list(element.K)) {
      const kidDict = typeof kid === 'number' ? null : reader.dict(kid);
      const mcr =
        typeof kid === 'number'
          ? { page, mcid: kid }
          : nameOf(kidDict?.Type) === 'MCR'
            ? { page: kidDict?.Pg, mcid: kidDict?.MCID }
            : null;
      if (!mcr) {
        if (kidDict && nameOf(kidDict.Type) !== 'OBJR') kidRoles.push(walk(kid, role, depth + 1, page));
        continue;
      }
      const pageNo = isRef(mcr.page) ? pageIndex.get(mcr.page.ref) : undefined;
      if (pageNo === undefined || typeof mcr.mcid !== 'number') {
        problems.push(`${role}: marked content without a page`);
        continue;
      }
      const owners = claims.owners[pageNo];
      owners?.set(mcr.mcid, [...(owners.get(mcr.mcid) ?? []), isRef(ref) ? ref.ref : -1]);
      claims.visited[pageNo]?.push(mcr.mcid);
      node.text += texts[pageNo]?.byMcid.get(String(mcr.mcid)) ?? '';
    }
    node.text = squash(node.text);
    checkElement(role, parentRole, kidRoles, node, problems);
    return role;
  };
  if (!root) problems.push('no structure tree');
  for (const kid of reader.list(root?.K)) walk(kid, 'StructTreeRoot', 0, undefined);
  return { nodes, claims };
}

/** The entries of a number tree (the parent tree), from /Nums and its /Kids. */
function numberTree(reader: Reader, node: PdfValue | undefined, out = new Map<number, PdfValue>()) {
  const dict = reader.dict(node);
  const nums = reader.list(dict?.Nums);
  for (let i = 0; i + 1 < nums.length; i += 2) out.set(Number(nums[i]), nums[i + 1] ?? null);
  for (const kid of reader.list(dict?.Kids)) numberTree(reader, kid, out);
  return out;
}

/**
 * Every marked content is claimed by exactly one element, the parent tree
 * (how a reader goes from content to its element) names that element, and
 * the tree visits each page's content in the order it is painted.
 */
function checkClaims(reader: Reader, root: PdfDict | null, pages: Page[], claims: Claims, problems: string[]) {
  const parents = numberTree(reader, root?.ParentTree);
  pages.forEach((page, index) => {
    const key = page.dict.StructParents;
    const parentArray = reader.list(typeof key === 'number' ? parents.get(key) : undefined);
    for (const mcid of page.marks.mcids) {
      const owners = claims.owners[index]?.get(mcid) ?? [];
      if (owners.length !== 1) problems.push(`page ${index + 1}: MCID ${mcid} claimed by ${owners.length} elements`);
      const parent = parentArray[mcid];
      if (!isRef(parent) || parent.ref !== owners[0])
        problems.push(`page ${index + 1}: the parent tree does not name the owner of MCID ${mcid}`);
    }
    const order = claims.visited[index] ?? [];
    if (order.some((mcid, i) => i > 0 && mcid < (order[i - 1] ?? 0)))
      problems.push(`page ${index + 1}: the structure reads the content in another order than it is painted`);
  });
}

function checkHeadings(nodes: StructNode[], problems: string[]): string[] {
  const headings = nodes.filter((n) => /^H[1-6]$/.test(n.role)).map((n) => `${n.role} ${n.text}`);
  let previous = 0;
  for (const heading of headings) {
    const level = Number(heading[1]);
    if (level > previous + 1) problems.push(`heading "${heading}" skips a level after H${previous}`);
    previous = level;
  }
  return headings;
}

/** Reads a PDF back and lists every way it falls short of PDF/UA-1 that this check knows. */
export async function checkPdfUa(bytes: Buffer): Promise<UaReport> {
  const reader = new Reader(readObjects(bytes));
  const problems: string[] = [];
  const trailer = /trailer\s*<<[\s\S]*?\/Root (\d+) 0 R[\s\S]*?\/Info (\d+) 0 R/.exec(bytes.toString('latin1'));
  const catalog = reader.dict(trailer ? new PdfRef(Number(trailer[1])) : undefined) ?? {};
  const info = reader.dict(trailer ? new PdfRef(Number(trailer[2])) : undefined) ?? {};
  const title = typeof reader.get(info.Title) === 'string' ? (reader.get(info.Title) as string) : '';
  checkCatalog(reader, catalog, title, problems);
  const pages = readPages(reader, catalog, problems);
  const texts = await readTexts(bytes);
  const root = reader.dict(catalog.StructTreeRoot);
  const { nodes, claims } = walkStructure(reader, root, pages, texts, problems);
  checkClaims(reader, root, pages, claims, problems);
  const headings = checkHeadings(nodes, problems);
  const outline: string[] = [];
  readOutline(reader, reader.dict(catalog.Outlines)?.First, '', outline);
  return {
    problems,
    title,
    lang: typeof catalog.Lang === 'string' ? catalog.Lang : '',
    headings,
    outline,
    nodes,
    text: squash(nodes.map((n) => n.text).join(' ')),
    artifacts: texts.flatMap((t) => t.artifacts),
  };
}
