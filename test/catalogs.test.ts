// Every message catalog of every package, found in the sources (`export const x = defineCatalogs(…)` or
// `defineIssueCatalogs(…)`), rendered in es, en and pt: no key missing in a language, no message empty
// or throwing, and no sentence of one language inside another's message.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Catalog,
  checkCatalogs,
  checkIssueCatalogs,
  type Issue,
  type IssueCatalog,
  type Lang,
  numberWords,
  type PerLang,
  sampleParams,
} from "../packages/core/src/index";

const ROOT = join(import.meta.dirname, "..");
const DEFINITION = /^export const (\w+)(?:\s*:[^=]+)?\s*=\s*define(Issue)?Catalogs\s*[(<]/gmu;

interface Found {
  file: string;
  name: string;
  issues: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

const found: Found[] = readdirSync(join(ROOT, "packages")).flatMap((pkg) => {
  const src = join(ROOT, "packages", pkg, "src");
  let files: string[] = [];
  try {
    files = sources(src);
  } catch {
    return [];
  }
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(DEFINITION)].map((m) => ({
      file,
      name: m[1] ?? "",
      issues: m[2] === "Issue",
    })),
  );
});

/** Words that give away an English sentence; Spanish and Portuguese ones for English messages. */
const ENGLISH =
  /\b(the|is|are|was|were|expected|found|what to do|should|must|could not|cannot|with|which|value|values|row|rows|column|columns|file|missing)\b/iu;
const SPANISH =
  /\b(el|los|las|del|una|que|fila|filas|columna|columnas|archivo|valor|valores|qué hacer|se esperaba)\b/iu;

/** The texts of a catalog in one language, rendered with stand-in params. */
function texts(catalogs: PerLang<Catalog>, lang: Lang, name: string): [string, string][] {
  return Object.entries(catalogs[lang]).map(([key, m]) => [
    key,
    typeof m === "string" ? m : m(SAMPLES[`${name}.${key}`] ?? sampleParams(), numberWords(lang)),
  ]);
}

function issueTexts(catalogs: PerLang<IssueCatalog>, lang: Lang): [string, string][] {
  return Object.entries(catalogs[lang]).flatMap(([type, text]) => {
    const issue: Issue = {
      type,
      tags: [],
      severity: "error",
      rowNumber: 2,
      fieldNumber: 1,
      fieldName: "c",
      cell: "2",
      params: sampleParams() as Issue["params"],
      note: "",
    };
    const described = text.describe ? text.describe(issue, numberWords(lang)) : "";
    return [
      [`${type} (title)`, text.title],
      [type, described],
    ] as [string, string][];
  });
}

/**
 * Leaves out what is not prose: code spans, quoted names, URLs, options, file names, braces, and technical
 * tokens (`quality/missing-by-group`, `duplicate-row`, `Blob/File`, `record-size=64MiB`).
 */
function prose(text: string): string {
  return text
    .replace(/`[^`]*`/gu, " ")
    .replace(/«[^»]*»|"[^"]*"|“[^”]*”|\{[^}]*\}/gu, " ")
    .replace(/https?:\/\/\S+|--[\w-]+|\S+\.(?:csv|json|md|html|xlsx)\b/gu, " ")
    .replace(/[\w.]*[/=_-][\w./=_-]*/gu, " ");
}

/** Messages whose "English" words are command names (`portal search|rows|validate`), not prose. */
const COMMAND_WORDS = new Set(["portalMessages.usage", "portalMessages.flag.limit"]);

/** Parameters for messages that word several cases, one of which the stand-in cannot pick. */
const SAMPLES: Readonly<Record<string, unknown>> = {
  "cliMessages.usageProblem": { kind: "unknown-flag", flag: "--x" },
};

describe("every catalog, in es, en and pt", () => {
  it("finds the catalogs of every package", () => {
    const packages = new Set(found.map((f) => relative(join(ROOT, "packages"), f.file).split("/")[0]));
    for (const pkg of [
      "core",
      "table",
      "quality",
      "privacy",
      "disaggregation",
      "strategy",
      "hackathon",
      "linkage",
      "geo",
      "open-data",
      "cli",
      "create-ciudata",
    ])
      expect(packages, pkg).toContain(pkg);
    expect(found.length).toBeGreaterThan(40);
  });

  it.each(found.map((f) => [`${relative(ROOT, f.file)} ${f.name}`, f] as const))(
    "%s: every key in all three languages, rendered, with no other language's sentence",
    async (_label, f) => {
      const mod = (await import(f.file)) as Record<string, unknown>;
      const value = mod[f.name];
      expect(value, `${f.name} is exported by ${f.file}`).toBeDefined();
      if (f.issues) {
        const catalogs = value as PerLang<IssueCatalog>;
        expect(checkIssueCatalogs(catalogs)).toEqual([]);
        const leaks = [
          ...(["es", "pt"] as const).flatMap((lang) =>
            issueTexts(catalogs, lang)
              .filter(([, t]) => ENGLISH.test(prose(t)))
              .map(([k, t]) => `${lang} ${k}: ${t}`),
          ),
          ...issueTexts(catalogs, "en")
            .filter(([, t]) => SPANISH.test(prose(t)))
            .map(([k, t]) => `en ${k}: ${t}`),
        ];
        expect(leaks).toEqual([]);
      } else {
        const catalogs = value as PerLang<Catalog>;
        const sample = (key: string) => SAMPLES[`${f.name}.${key}`] ?? sampleParams();
        expect(checkCatalogs(catalogs, sample)).toEqual([]);
        const leaks = [
          ...(["es", "pt"] as const).flatMap((lang) =>
            texts(catalogs, lang, f.name)
              .filter(([k, t]) => !COMMAND_WORDS.has(`${f.name}.${k}`) && ENGLISH.test(prose(t)))
              .map(([k, t]) => `${lang} ${k}: ${t}`),
          ),
          ...texts(catalogs, "en", f.name)
            .filter(([, t]) => SPANISH.test(prose(t)))
            .map(([k, t]) => `en ${k}: ${t}`),
        ];
        expect(leaks).toEqual([]);
      }
    },
  );
});

/**
 * Stand-in params where every value is the count `n` (a String object: string methods work, and it reads
 * as `n` in arithmetic and in `Intl`), except list-like keys, which are lists.
 */
function countParams(n: number): unknown {
  const list = /(?:List|Items|variants|columns|fields|labels|qi)$/u;
  return new Proxy(Object.create(null), {
    get: (_t, key) => (typeof key === "string" ? (list.test(key) ? ["x", "y"] : new String(n)) : undefined),
    has: () => true,
  });
}

/** Every message of a catalog in one language rendered with all its params worth `n`. */
function renderedWith(value: unknown, issues: boolean, lang: Lang, n: number): [string, string][] {
  const words = numberWords(lang);
  const catalog = (value as Record<Lang, Record<string, unknown>>)[lang];
  return Object.entries(catalog).map(([key, m]) => {
    try {
      if (issues) {
        const text = m as IssueCatalog[string];
        const issue = {
          type: key,
          tags: [],
          severity: "error",
          rowNumber: 2,
          fieldNumber: 1,
          fieldName: "c",
          cell: "2",
          params: countParams(n),
          note: "",
        } as unknown as Issue;
        return [key, text.describe ? text.describe(issue, words) : ""];
      }
      return [
        key,
        typeof m === "string" ? m : String((m as (p: unknown, w: unknown) => unknown)(countParams(n), words)),
      ];
    } catch {
      return [key, ""];
    }
  });
}

/** Words after a count that do not agree with it (verbs, adverbs): not a plural noun left unagreed. */
const NOT_NOUNS = new Set(["is", "es", "was", "does", "has", "expects", "más", "mais", "this"]);
/** Messages where a param worth 1 is a name, not a count. */
const NAME_NOT_COUNT = new Set(["disaggregationIssues.disaggregation/unknown-share"]);

// Issue #17, finding 7: "1 errores", "1 celdas tienen", "1 conjuntos de datos". Each message is rendered
// with its counts worth 1 and worth 2: a plural word after the number that stays the same for 1 and 2
// is a plural that does not agree.
describe("plural agreement, in es, en and pt", () => {
  it.each(found.map((f) => [`${relative(ROOT, f.file)} ${f.name}`, f] as const))(
    "%s: a count of 1 takes the singular",
    async (_label, f) => {
      const mod = (await import(f.file)) as Record<string, unknown>;
      const value = mod[f.name];
      const wrong: string[] = [];
      for (const lang of ["es", "en", "pt"] as const) {
        const twos = new Map(renderedWith(value, f.issues, lang, 2));
        for (const [key, one] of renderedWith(value, f.issues, lang, 1)) {
          if (NAME_NOT_COUNT.has(`${f.name}.${key}`)) continue;
          const a = one.split(/\s+/u);
          const b = (twos.get(key) ?? "").split(/\s+/u);
          for (let i = 0; i + 1 < a.length; i++) {
            const word = a[i + 1] ?? "";
            if (!/^[«"(]?1$/u.test(a[i] ?? "") || !/^[«"(]?2$/u.test(b[i] ?? "") || word !== b[i + 1])
              continue;
            if (
              /^\p{L}+s[),.;:]?$/u.test(word) &&
              !NOT_NOUNS.has(word.replace(/[),.;:]$/u, "").toLowerCase())
            )
              wrong.push(`${lang} ${key}: …${a.slice(Math.max(0, i - 2), i + 3).join(" ")}…`);
          }
        }
      }
      expect(wrong).toEqual([]);
    },
  );
});
