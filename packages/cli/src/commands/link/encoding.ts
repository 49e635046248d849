import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { translator } from "@ciudata/core";
import {
  type Encoded,
  encodeRecords,
  evaluateEncodedLinks,
  type LinkMapping,
  linkEncoded,
  parseEncodingSchema,
  type Truth,
} from "@ciudata/linkage";
import {
  readEncoded,
  readRecords,
  SECRET_VARIABLE,
  schemaPathOf,
  secretFromEnv,
  writeEncoded,
} from "@ciudata/linkage/node";
import { writeFileAtomic } from "@ciudata/table/node";
import type { CommandContext, Outcome, ParsedArgs } from "../../declare";
import type { Block } from "../../doc";
import { UsageError } from "../../errors";
import { escapeFormulas, readJson, refuseOverwrite, renderPrintable, userPath } from "../../io";
import { localized } from "../../messages";
import { linkMessages } from "../../messages/link";
import { readConfig } from "./config";
import { suggestedMapping } from "./mapping";
import { csvLine } from "./outputs";
import { blockingTable } from "./report";
import { readTruth } from "./truth";

// The privacy-preserving mode. `link encode` turns one party's registry into keyed Bloom-filter encodings
// (the secret from CIUDATA_LINK_SECRET or --secret-file, never the command line) to share instead of the
// data; `link encoded` links two shared files on the Dice similarity of their encodings. Neither prints a
// value of any record: ids, counts and similarities only.

const SCHEMA_EXAMPLE =
  '{"format":"ciudata-clk","version":1,"kdf":{"salt":"programa-2026"},"features":[{"field":"surname1"},{"field":"birthDate","positional":true}]}';

const flag = (args: ParsedArgs, name: string) =>
  typeof args.flags[name] === "string" ? (args.flags[name] as string) : undefined;

/**
 * Runs `ciudata link encode <registry> --schema s.json --out enc.csv` or `ciudata link encoded <a> <b>
 * --out dir`.
 *
 * @example
 * ```ts
 * await runEncoding("encode", args, ctx);
 * ```
 */
export async function runEncoding(
  sub: "encode" | "encoded",
  args: ParsedArgs,
  ctx: CommandContext,
): Promise<Outcome> {
  return sub === "encode" ? encode(args, ctx) : encoded(args, ctx);
}

async function encode(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const { t } = translator(linkMessages, ctx.lang);
  const [, file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError({ kind: "missing-argument", argument: "registry.csv" });
  if (extra.length) throw new UsageError({ kind: "extra-argument", argument: extra[0] as string });
  const schemaPath = flag(args, "schema");
  if (schemaPath === undefined) throw new UsageError({ kind: "missing-value", flag: "--schema" });
  const out = flag(args, "out");
  if (out === undefined) throw new UsageError({ kind: "missing-value", flag: "--out" });
  const configPath = flag(args, "config");
  const secretFile = flag(args, "secret-file");
  refuseOverwrite(ctx, [out, schemaPathOf(out)], [file, schemaPath, configPath, secretFile]);
  const secret = await readSecret(ctx, secretFile);
  const schema = parseEncodingSchema(await readJson(ctx, schemaPath, SCHEMA_EXAMPLE));
  const config = configPath === undefined ? {} : await readConfig(ctx, configPath);
  const mapping: LinkMapping = config.left ?? (await suggestedMapping(ctx, file));
  const records = await readRecords(userPath(ctx, file), mapping, { source: basename(file) });
  const enc = encodeRecords(records, schema, secret);
  const written = await writeEncoded(userPath(ctx, out), enc);
  const files = [out, schemaPathOf(out)];
  const lines = [
    t("encodedLine", { records: enc.ids.length, fields: schema.features.map((f) => f.field).join(", ") }),
    t("fingerprint", { fingerprint: enc.fingerprint }),
    t("wroteFiles", { files: files.join(", ") }),
    t("shareHint"),
  ];
  return {
    exitCode: 0,
    report: {
      json: () => ({
        records: enc.ids.length,
        fields: schema.features.map((f) => f.field),
        fingerprint: enc.fingerprint,
        files: [written.csv, written.schema],
      }),
      doc: () => ({ title: t("encodeTitle"), lang: ctx.lang, blocks: [{ kind: "list", items: lines }] }),
    },
  };
}

/** The secret: from `--secret-file` (trailing newline dropped), else the environment variable. */
async function readSecret(ctx: CommandContext, file: string | undefined): Promise<string> {
  if (file === undefined) {
    if (!ctx.io.env[SECRET_VARIABLE])
      throw new UsageError({ kind: "custom", message: localized(linkMessages, "secretMissing") });
    return secretFromEnv(SECRET_VARIABLE, ctx.io.env);
  }
  try {
    return (await readFile(userPath(ctx, file), "utf8")).replace(/\r?\n$/, "");
  } catch {
    throw new UsageError({ kind: "custom", message: localized(linkMessages, "secretMissing") });
  }
}

async function encoded(args: ParsedArgs, ctx: CommandContext): Promise<Outcome> {
  const { t, words: n } = translator(linkMessages, ctx.lang);
  const [, a, b, ...extra] = args.positionals;
  if (a === undefined) throw new UsageError({ kind: "missing-argument", argument: "a.enc.csv" });
  if (b === undefined) throw new UsageError({ kind: "missing-argument", argument: "b.enc.csv" });
  if (extra.length) throw new UsageError({ kind: "extra-argument", argument: extra[0] as string });
  const out = flag(args, "out");
  const truthPath = flag(args, "truth");
  const configPath = flag(args, "config");
  const outputs = out === undefined ? [] : ["pairs.csv", "report.html"].map((f) => join(out, f));
  const inputs = [a, b, schemaPathOf(a), schemaPathOf(b), truthPath, configPath];
  refuseOverwrite(ctx, outputs, inputs);
  const truth = truthPath === undefined ? undefined : await readTruth(ctx, truthPath);
  const config = configPath === undefined ? {} : await readConfig(ctx, configPath);
  const left = await readEncoded(userPath(ctx, a));
  const right = await readEncoded(userPath(ctx, b));
  const threshold = config.settings?.threshold;
  const result = linkEncoded(left, right, {
    ...(threshold === undefined ? {} : { threshold }),
    ...(config.settings?.maxComparisons === undefined
      ? {}
      : { maxComparisons: config.settings.maxComparisons }),
  });
  const evaluation = truth ? evaluateEncodedLinks(result.pairs, truePairs(truth, left, right)) : undefined;
  const summary = [
    `${a}: ${n.number(left.ids.length)} ${t("records")}; ${b}: ${n.number(right.ids.length)} ${t("records")}`,
    t("compared", { count: result.compared }),
    t("encodedLinks", { links: result.pairs.length, threshold: result.threshold }),
    ...(evaluation ? [t("evalPairs", evaluation), t("evalCounts", evaluation)] : []),
  ];
  const doc = () => ({
    title: t("encodedTitle"),
    lang: ctx.lang,
    blocks: [{ kind: "list", items: summary }, blockingTable(result.blocking, ctx.lang)] as Block[],
  });
  const json = () => ({
    sides: [
      { file: a, records: left.ids.length },
      { file: b, records: right.ids.length },
    ],
    compared: result.compared,
    candidates: result.candidates,
    links: result.pairs.length,
    threshold: result.threshold,
    blocking: result.blocking,
    ...(evaluation ? { evaluation } : {}),
  });
  if (out !== undefined) {
    const o = { escapeFormulas: escapeFormulas(args) };
    const dir = userPath(ctx, out);
    const guard = { inputs: inputs.filter((p): p is string => p !== undefined).map((p) => userPath(ctx, p)) };
    let csv = csvLine(["left_id", "right_id", "similarity"], o);
    for (const p of result.pairs) csv += csvLine([p.left, p.right, p.similarity.toFixed(6)], o);
    await writeFileAtomic(join(dir, "pairs.csv"), csv, guard);
    await writeFileAtomic(join(dir, "report.html"), renderPrintable({ json, doc }, "html"), guard);
    ctx.io.stderr(`${t("wrote", { dir: out, files: "pairs.csv, report.html" })}\n`);
  }
  return { exitCode: 0, report: { json, doc } };
}

/** The true pairs of a truth file, across the two encoded sides. */
function truePairs(truth: Truth, left: Encoded, right: Encoded): [string, string][] {
  if ("pairs" in truth) return truth.pairs.map(([l, r]) => [l, r]);
  const leftIds = new Set(left.ids);
  const rightIds = new Set(right.ids);
  const groups = new Map<string, { l: string[]; r: string[] }>();
  for (const [id, cluster] of truth.clusters) {
    const g = groups.get(cluster) ?? { l: [], r: [] };
    if (leftIds.has(id)) g.l.push(id);
    if (rightIds.has(id)) g.r.push(id);
    groups.set(cluster, g);
  }
  return [...groups.values()].flatMap((g) => g.l.flatMap((l) => g.r.map((r): [string, string] => [l, r])));
}
