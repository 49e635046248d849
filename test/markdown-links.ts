// Helpers for the docs link check: find links and headings in Markdown, GitHub-style slugs.

/** One link found in a Markdown file. */
export interface MarkdownLink {
  target: string;
  line: number;
}

const FENCE = /^\s*(`{3,}|~{3,})/;

/** The lines outside fenced code blocks, with inline code removed, keeping line numbers. */
function proseLines(markdown: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence: string | null = null;
  markdown.split(/\r?\n/).forEach((text, i) => {
    const marker = FENCE.exec(text)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? (marker[0] as string).repeat(3) : null;
      return;
    }
    if (fence === null) out.push({ text: text.replace(/(`+)[\s\S]*?\1/g, ""), line: i + 1 });
  });
  return out;
}

/**
 * Inline links, images and reference definitions, outside code.
 *
 * @example
 * ```ts
 * findLinks("See [guide](docs/a.md#intro).\n"); // [{ target: "docs/a.md#intro", line: 1 }]
 * ```
 */
export function findLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const { text, line } of proseLines(markdown)) {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+["'(][^)]*)?\)/g)) {
      links.push({ target: m[1] ?? "", line });
    }
    const ref = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
    if (ref?.[1]) links.push({ target: ref[1], line });
  }
  return links;
}

/**
 * The anchor GitHub gives a heading's text.
 *
 * @example
 * ```ts
 * githubSlug("Usarlo desde código"); // "usarlo-desde-código"
 * githubSlug("`@ciudata/table` API!"); // "ciudatatable-api"
 * ```
 */
export function githubSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

/**
 * Every anchor a Markdown file offers: heading slugs (duplicates get `-1`, `-2`…) and
 * `<a id>`/`<a name>` targets.
 *
 * @example
 * ```ts
 * anchorsOf("# A\n## A\n"); // Set { "a", "a-1" }
 * ```
 */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    for (const m of text.matchAll(/<a\s[^>]*(?:id|name)=["']([^"']+)["']/g)) anchors.add(m[1] as string);
    const heading = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (!heading) continue;
    const base = githubSlug(heading[1] ?? "");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}
