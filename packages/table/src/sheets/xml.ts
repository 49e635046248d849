// A few XML helpers for the spreadsheet parts: enough for what Excel, LibreOffice and Google Sheets
// write (no DTDs, no external entities: nothing is ever fetched or expanded).

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with its character and entity references resolved. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The attributes of a start tag, by local name (namespace prefixes dropped), values unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w.-]+:)?([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out[m[2] as string] = unescapeXml(m[4] ?? m[5] ?? "");
  }
  return out;
}

/** Each complete element with this local name (any prefix), as its XML text, in a whole document. */
export function elementsOf(xml: string, name: string): string[] {
  return [...splitElements([xml], [name])].flatMap((e) => (e.kind === "element" ? [e.xml] : []));
}

/** One step of {@link splitElements}. */
export interface XmlPiece {
  /** `element`: a whole element captured; `open`/`close`: the start or end tag of a marked element. */
  kind: "element" | "open" | "close";
  /** The local name. */
  name: string;
  /** The element's XML (for `element`) or its start tag (for `open`). */
  xml: string;
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)(?=[\s/>])/g;

/**
 * Walks XML text given in pieces and yields each whole element named in `capture` (e.g. the rows of
 * a sheet) and the start and end tags of those named in `mark` (e.g. the tables of an ODS file),
 * holding no more than one element and one piece of text at a time. An element never closed is
 * reported by throwing.
 */
export function* splitElements(
  text: Iterable<string>,
  capture: readonly string[],
  mark: readonly string[] = [],
): Generator<XmlPiece> {
  const captured = new Set(capture);
  const marked = new Set(mark);
  let buf = "";
  let pos = 0;
  const closers = new Map<string, RegExp>();
  const closer = (name: string) => {
    let re = closers.get(name);
    if (!re) {
      re = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${name.replace(/[.-]/g, "\\$&")}\\s*>`, "g");
      closers.set(name, re);
    }
    return re;
  };
  for (const piece of text) {
    buf = pos > 0 ? buf.slice(pos) + piece : buf + piece;
    pos = 0;
    while (true) {
      TAG.lastIndex = pos;
      const m = TAG.exec(buf);
      if (!m) {
        // Keep a tag cut at the end of this piece for the next one.
        const lt = buf.lastIndexOf("<");
        pos = lt >= pos ? lt : buf.length;
        break;
      }
      const [, slash, name] = m as unknown as [string, string, string];
      const start = m.index;
      if (slash === "" && captured.has(name)) {
        const gt = buf.indexOf(">", start);
        if (gt < 0) {
          pos = start;
          break;
        }
        if (buf[gt - 1] === "/") {
          yield { kind: "element", name, xml: buf.slice(start, gt + 1) };
          pos = gt + 1;
          continue;
        }
        const re = closer(name);
        re.lastIndex = gt;
        const end = re.exec(buf);
        if (!end) {
          pos = start;
          break;
        }
        yield { kind: "element", name, xml: buf.slice(start, end.index + end[0].length) };
        pos = end.index + end[0].length;
      } else if (marked.has(name)) {
        const gt = buf.indexOf(">", start);
        if (gt < 0) {
          pos = start;
          break;
        }
        const tag = buf.slice(start, gt + 1);
        if (slash === "/") yield { kind: "close", name, xml: tag };
        else {
          yield { kind: "open", name, xml: tag };
          if (buf[gt - 1] === "/") yield { kind: "close", name, xml: tag };
        }
        pos = gt + 1;
      } else pos = start + m[0].length;
    }
  }
  TAG.lastIndex = pos;
  const left = TAG.exec(buf);
  if (left && left[1] === "" && captured.has(left[2] as string))
    throw new Error(`<${left[2]}> is never closed`);
}

/** Decodes UTF-8 pieces to text pieces (a character cut between two pieces is kept whole). */
export function* utf8Pieces(bytes: Iterable<Uint8Array>): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  for (const piece of bytes) {
    const text = decoder.decode(piece, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}
