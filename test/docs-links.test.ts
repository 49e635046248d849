import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { anchorsOf, findLinks, githubSlug } from "./markdown-links";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function markdownUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(ROOT, "docs", "api") ? [] : markdownUnder(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** README.md and README.es.md of each folder in `dir` that has them. */
function readmesIn(dir: string, names = ["README.md"]): string[] {
  return readdirSync(dir)
    .flatMap((folder) => names.map((name) => join(dir, folder, name)))
    .filter((path) => existsSync(path));
}

/** README*.md at the root, docs/**\/*.md (not docs/api), packages/*\/README{,.es}.md and the examples' READMEs. */
function checkedFiles(): string[] {
  const rootReadmes = readdirSync(ROOT).filter((name) =>
    /^(README.*|ARCHITECTURE|CONTRIBUTING)\.md$/.test(name),
  );
  return [
    ...rootReadmes.map((name) => join(ROOT, name)),
    ...markdownUnder(join(ROOT, "docs")),
    ...readmesIn(join(ROOT, "packages"), ["README.md", "README.es.md"]),
    join(ROOT, "examples", "README.md"),
    ...readmesIn(join(ROOT, "examples")),
  ];
}

function brokenLinks(file: string): string[] {
  const problems: string[] = [];
  for (const { target, line } of findLinks(readFileSync(file, "utf8"))) {
    if (target === "" || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(target)) continue;
    const [rawPath = "", anchor] = target.split("#", 2);
    const path = decodeURIComponent(rawPath);
    let resolved = path === "" ? file : resolve(dirname(file), path);
    const where = `${relative(ROOT, file)}:${line} → ${target}`;
    if (!existsSync(resolved)) {
      problems.push(`${where}: ${relative(ROOT, resolved)} does not exist`);
      continue;
    }
    if (anchor === undefined) continue;
    if (statSync(resolved).isDirectory()) resolved = join(resolved, "README.md");
    if (!resolved.endsWith(".md") || !existsSync(resolved)) {
      problems.push(`${where}: anchors are only checked in Markdown files`);
    } else if (!anchorsOf(readFileSync(resolved, "utf8")).has(decodeURIComponent(anchor))) {
      problems.push(`${where}: no heading with anchor #${anchor} in ${relative(ROOT, resolved)}`);
    }
  }
  return problems;
}

describe("docs links", () => {
  const files = checkedFiles();

  it("finds the docs to check", () => {
    const names = files.map((f) => relative(ROOT, f));
    expect(names).toContain("README.md");
    expect(names).toContain(join("docs", "README.md"));
    expect(names).toContain(join("packages", "table", "README.es.md"));
    expect(names).toContain(join("examples", "suggestion-box", "README.md"));
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))(
    "every relative link and anchor resolves in %s",
    (_, file) => {
      expect(brokenLinks(file as string)).toEqual([]);
    },
  );
});

describe("markdown helpers", () => {
  it("slugs headings like GitHub", () => {
    expect(githubSlug("Usarlo desde código")).toBe("usarlo-desde-código");
    expect(githubSlug("`@ciudata/table` API!")).toBe("ciudatatable-api");
    expect(githubSlug("Qué es [ciudata](x.md)?")).toBe("qué-es-ciudata");
    expect(githubSlug("A -- B")).toBe("a----b");
  });

  it("numbers duplicate headings and reads html anchors", () => {
    expect(anchorsOf('# A\n## A\n<a id="x"></a>\n```\n# not a heading\n```\n')).toEqual(
      new Set(["a", "a-1", "x"]),
    );
  });

  it("ignores links in code", () => {
    const md = "[a](a.md) `[b](b.md)`\n```md\n[c](c.md)\n```\n[d]: d.md\n";
    expect(findLinks(md).map((l) => l.target)).toEqual(["a.md", "d.md"]);
  });
});
