import { escapeHtml, type Lang } from "@ciudata/core";

// A small document model for the reports commands print: a title, headings, paragraphs, lists and
// tables, rendered the same way as text, Markdown or one self-contained HTML page.

/** One block of a report. */
export type Block =
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  /** Text kept as it is (aligned columns, a terminal listing): a code block in Markdown, `<pre>` in HTML. */
  | { readonly kind: "pre"; readonly text: string }
  /**
   * A chart: `svg` (built by the command, every text in it escaped) in HTML, `text` kept as it is
   * elsewhere (as `pre`).
   */
  | { readonly kind: "figure"; readonly text: string; readonly svg: string }
  | {
      readonly kind: "table";
      readonly head: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

/** A report as a document: a title and its blocks, in the user's language already. */
export interface Doc {
  readonly title: string;
  readonly lang: Lang;
  readonly blocks: readonly Block[];
}

/**
 * A document as plain text: the title underlined, tables with aligned columns, lists with dashes.
 *
 * @example
 * ```ts
 * docText({ title: "Riesgo", lang: "es", blocks: [{ kind: "paragraph", text: "k = 3" }] });
 * // "Riesgo\n======\n\nk = 3\n"
 * ```
 */
export function docText(doc: Doc): string {
  const out = [doc.title, "=".repeat(doc.title.length)];
  for (const block of doc.blocks) {
    out.push("");
    switch (block.kind) {
      case "heading":
        out.push(block.text, "-".repeat(block.text.length));
        break;
      case "paragraph":
        out.push(block.text);
        break;
      case "list":
        out.push(...block.items.map((item) => `- ${item}`));
        break;
      case "pre":
      case "figure":
        out.push(block.text.replace(/\n$/, ""));
        break;
      case "table":
        out.push(...alignedTable(block.head, block.rows));
        break;
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * A document as Markdown (GitHub tables; `|` and line breaks in cells escaped).
 *
 * @example
 * ```ts
 * docMarkdown({ title: "Riesgo", lang: "es", blocks: [{ kind: "list", items: ["a"] }] }); // "# Riesgo\n\n- a\n"
 * ```
 */
export function docMarkdown(doc: Doc): string {
  const out = [`# ${mdInline(doc.title)}`];
  for (const block of doc.blocks) {
    out.push("");
    switch (block.kind) {
      case "heading":
        out.push(`## ${mdInline(block.text)}`);
        break;
      case "paragraph":
        out.push(mdInline(block.text));
        break;
      case "list":
        out.push(...block.items.map((item) => `- ${mdInline(item)}`));
        break;
      case "pre":
      case "figure": {
        const fence = "`".repeat(Math.max(3, ...(block.text.match(/`+/g) ?? []).map((f) => f.length + 1)));
        out.push(fence, block.text.replace(/\n$/, ""), fence);
        break;
      }
      case "table":
        out.push(mdRow(block.head), mdRow(block.head.map(() => "---")), ...block.rows.map(mdRow));
        break;
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * A document as one self-contained HTML page (no scripts, no external files; every text escaped).
 *
 * @example
 * ```ts
 * docHtml({ title: "Riesgo", lang: "es", blocks: [] }); // "<!doctype html>\n<html lang=\"es\">…"
 * ```
 */
export function docHtml(doc: Doc): string {
  const body = doc.blocks.map((block): string => {
    switch (block.kind) {
      case "heading":
        return `<h2>${escapeHtml(block.text)}</h2>`;
      case "paragraph":
        return `<p>${escapeHtml(block.text)}</p>`;
      case "list":
        return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
      case "pre":
        return `<pre>${escapeHtml(block.text)}</pre>`;
      case "figure":
        return `<figure>${block.svg}</figure>`;
      case "table": {
        const th = block.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
        const tr = block.rows
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
          .join("\n");
        return `<table><thead><tr>${th}</tr></thead><tbody>\n${tr}\n</tbody></table>`;
      }
      default:
        return "";
    }
  });
  return `<!doctype html>
<html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}</style>
</head><body><h1>${escapeHtml(doc.title)}</h1>
${body.join("\n")}
</body></html>
`;
}

function alignedTable(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: readonly string[]) =>
    widths
      .map((w, i) => (r[i] ?? "").padEnd(w))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

const mdInline = (text: string) => text.replace(/\r?\n/g, " ");
const mdRow = (cells: readonly string[]) =>
  `| ${cells.map((c) => mdInline(c).replaceAll("|", "\\|")).join(" | ")} |`;
