import { foldAccents, type Lang, translator } from "@ciudata/core";
import {
  createPortal,
  type Dataset,
  isPortalError,
  type Portal,
  type PortalOptions,
  type Resource,
} from "@ciudata/open-data";
import { attribution } from "./license";
import { packMessages } from "./messages/pack";
import { type Challenge, type LocalizedText, type Rubric, STAGES } from "./model";

/** One downloaded resource of the offline snapshot. */
export interface SnapshotFile {
  /** Path inside the pack (`data/barrios/barrios.csv`). */
  path: string;
  datasetId: string;
  resourceId: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`. */
  sha256: string;
  contentType: string | null;
}

/** Something that could not be fetched, and why (`not_found`, `too_large`, `total_cap`, `no_url`…). */
export interface SkippedItem {
  datasetId: string;
  resourceId: string | null;
  reason: string;
}

/** The challenge's datasets as read from the portal, plus the offline snapshot. */
export interface ChallengeData {
  portal: string | null;
  datasets: Dataset[];
  files: SnapshotFile[];
  skipped: SkippedItem[];
}

/** Options of {@link fetchChallengeData}. */
export interface FetchDataOptions {
  /** Largest file to download, in bytes (default 20 MB); larger ones are listed as `too_large`. */
  maxBytes?: number;
  /** Largest snapshot, in bytes (default 100 MB); resources past it are listed as `total_cap`. */
  maxTotalBytes?: number;
  /** Only metadata, no files. */
  metadataOnly?: boolean;
  signal?: AbortSignal;
  /** Called once per resource as it is downloaded or skipped. */
  onResource?: (event: { datasetId: string; resourceId: string; status: "downloaded" | "skipped" }) => void;
}

const MB = 1024 * 1024;

function safeName(s: string): string {
  const base = foldAccents(s)
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "");
  return base.slice(0, 80) || "archivo";
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function fileNameFor(resource: Resource, downloadName: string | null): string {
  const fromResource = resource.name && /\.[a-z0-9]{1,6}$/i.test(resource.name) ? resource.name : null;
  const ext = resource.format ? `.${resource.format.toLowerCase()}` : "";
  return safeName(fromResource ?? downloadName ?? `${resource.name ?? resource.id}${ext}`);
}

/**
 * Reads a challenge's datasets from the portal and downloads their resources (all with a URL, or those
 * listed) into memory, with a per-file and a total size cap. Works in browsers (through the portal's
 * CORS) and in Node; nothing is written.
 *
 * @example
 * ```ts
 * const data = await fetchChallengeData(createPortal("http://127.0.0.1:5000"), challenge, { maxBytes: 5_000_000 });
 * data.files.map((f) => f.path); //=> ["data/solicitudes/solicitudes.csv"]
 * ```
 */
export async function fetchChallengeData(
  portal: Portal,
  challenge: Challenge,
  options: FetchDataOptions = {},
): Promise<ChallengeData> {
  const maxBytes = options.maxBytes ?? 20 * MB;
  const maxTotal = options.maxTotalBytes ?? 100 * MB;
  const signal = options.signal ? { signal: options.signal } : {};
  const datasets: Dataset[] = [];
  const files: SnapshotFile[] = [];
  const skipped: SkippedItem[] = [];
  const used = new Set<string>();
  let total = 0;
  for (const wanted of challenge.datasets) {
    let dataset: Dataset;
    try {
      dataset = await portal.dataset(wanted.id, signal);
    } catch (e) {
      if (isPortalError(e) && e.kind !== "aborted") {
        skipped.push({ datasetId: wanted.id, resourceId: null, reason: e.kind });
        continue;
      }
      throw e;
    }
    datasets.push(dataset);
    if (options.metadataOnly) continue;
    const resources = wanted.resources
      ? wanted.resources.map((id) => dataset.resources.find((r) => r.id === id) ?? id)
      : dataset.resources;
    const folder = safeName(dataset.name ?? dataset.id);
    for (const r of resources) {
      if (typeof r === "string") {
        skipped.push({ datasetId: wanted.id, resourceId: r, reason: "not_found" });
        continue;
      }
      const skip = (reason: string) => {
        skipped.push({ datasetId: wanted.id, resourceId: r.id, reason });
        options.onResource?.({ datasetId: wanted.id, resourceId: r.id, status: "skipped" });
      };
      if (!r.url) {
        skip("no_url");
        continue;
      }
      const left = maxTotal - total;
      if (left <= 0 || (r.size !== null && r.size > left)) {
        skip("total_cap");
        continue;
      }
      try {
        const dl = await portal.download(r, { maxBytes: Math.min(maxBytes, left), ...signal });
        const bytes = new Uint8Array(await new Response(dl.body).arrayBuffer());
        let path = `data/${folder}/${fileNameFor(r, dl.name)}`;
        for (let n = 2; used.has(path); n++) path = path.replace(/(\.[^./]+)?$/, `-${n}$1`);
        used.add(path);
        total += bytes.byteLength;
        files.push({
          path,
          datasetId: dataset.id,
          resourceId: r.id,
          bytes,
          sha256: await sha256Hex(bytes),
          contentType: dl.contentType,
        });
        options.onResource?.({ datasetId: wanted.id, resourceId: r.id, status: "downloaded" });
      } catch (e) {
        if (!isPortalError(e) || e.kind === "aborted") throw e;
        skip(e.kind === "too_large" && maxBytes > left ? "total_cap" : e.kind);
      }
    }
  }
  return { portal: portal.url, datasets, files, skipped };
}

/** What {@link buildChallengePack} puts together. */
export interface ChallengePackInput {
  challenge: Challenge;
  data: ChallengeData;
  /** The rubric the jury will use, shown in the READMEs and written as `rubric.json`. */
  rubric?: Rubric;
  /** The hackathon's title, for the READMEs. */
  hackathonTitle?: LocalizedText;
}

/** A challenge pack: files by relative path, ready to zip or write. */
export interface ChallengePack {
  files: Record<string, string | Uint8Array>;
}

/** The languages a pack README is written in. */
type PackLang = Extract<Lang, "es" | "en">;

const pick = (t: LocalizedText | undefined, lang: PackLang): string => (t ? (t[lang] ?? t.es) : "");
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function publisherOf(d: Dataset): string {
  return d.organization?.title ?? d.organization?.name ?? d.publisher?.name ?? "—";
}

function readme(input: ChallengePackInput, lang: PackLang): string {
  const { challenge: c, data, rubric } = input;
  const { t } = translator(packMessages, lang);
  const out: string[] = [];
  const hk = input.hackathonTitle ? `${pick(input.hackathonTitle, lang)} · ` : "";
  out.push(
    `# ${hk}${pick(c.title, lang)}`,
    "",
    t("other"),
    "",
    `## ${t("problem")}`,
    "",
    pick(c.problem, lang),
    "",
  );
  out.push(
    `## ${t("owner")}`,
    "",
    `${c.owner.name} (\`${c.owner.orgUnitId}\`)${c.owner.contact ? ` — ${c.owner.contact}` : ""}`,
    "",
  );
  if (c.successCriteria.length) {
    out.push(`## ${t("success")}`, "");
    for (const s of c.successCriteria) out.push(`- ${pick(s, lang)}`);
    out.push("");
  }
  if (c.strategy.actionIds.length || c.strategy.indicatorIds.length) {
    out.push(`## ${t("strategy")}`, "");
    if (c.strategy.actionIds.length)
      out.push(`- ${t("actions")}: ${c.strategy.actionIds.map((a) => `\`${a}\``).join(", ")}`);
    if (c.strategy.indicatorIds.length)
      out.push(`- ${t("indicators")}: ${c.strategy.indicatorIds.map((a) => `\`${a}\``).join(", ")}`);
    out.push("");
  }
  if (c.stages.length) {
    out.push(`## ${t("stages")}`, "", `| ${t("stage")} | ${t("gate")} |`, "|---|---|");
    for (const s of [...c.stages].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage)))
      out.push(
        `| ${t(`stage:${s.stage}`)} (\`${s.stage}\`)${s.description ? ` — ${cell(pick(s.description, lang))}` : ""} | ${s.gate} |`,
      );
    out.push("");
  }
  out.push(`## ${t("datasets")}`, "");
  for (const d of data.datasets) {
    out.push(`### ${d.title ?? d.name ?? d.id}`, "");
    if (d.description) out.push(d.description.split("\n")[0] ?? "", "");
    const files = data.files.filter((f) => f.datasetId === d.id);
    for (const f of files) out.push(`- ${t("offline")}: [${f.path}](${f.path})`);
    for (const r of d.resources)
      if (!files.some((f) => f.resourceId === r.id) && data.skipped.some((s) => s.resourceId === r.id))
        out.push(`- ${r.name ?? r.id}: ${t("notDownloaded")}`);
    out.push(
      `- ${t("attribution")}: ${attribution({ license: d.license, title: d.title ?? d.id, publisher: publisherOf(d), source: d.landingPage ?? data.portal }, lang).text}`,
      "",
    );
  }
  const missing = data.skipped.filter((s) => s.resourceId === null);
  if (missing.length) {
    out.push(`### ${t("skipped")}`, "");
    for (const s of missing) out.push(`- \`${s.datasetId}\`: ${s.reason}`);
    out.push("");
  }
  if (rubric) {
    out.push(
      `## ${t("rubric")}`,
      "",
      `| ${t("criterion")} | ${t("weight")} | ${t("scale")} |`,
      "|---|---|---|",
    );
    for (const cr of rubric.criteria) {
      const scale = Array.isArray(cr.scale) ? cr.scale.join(" / ") : `${cr.scale.min}–${cr.scale.max}`;
      out.push(`| ${cell(pick(cr.name, lang))} | ${cr.weight} | ${scale} |`);
    }
    out.push("");
    if (rubric.tieBreaker) {
      const tb = rubric.criteria.find((x) => x.id === rubric.tieBreaker);
      out.push(`${t("tieBreaker")}: ${pick(tb?.name, lang)}.`, "");
    }
  }
  out.push(`## ${t("submit")}`, "", t("submitText"), "", `## ${t("files")}`, "", `${t("filesList")}.`, "");
  return out.join("\n");
}

/**
 * Puts a challenge pack together in memory (browser-safe, no I/O): `README.md` (es), `README.en.md`,
 * `datasets.json` (metadata, licence and es/en/pt attribution per dataset, the offline file of each
 * resource), `challenge.json`, `rubric.json` (when given), `submission.template.json`, and the snapshot
 * under `data/` with `data/SHA256SUMS`.
 *
 * @example
 * ```ts
 * const data = await fetchChallengeData(portal, challenge);
 * const pack = buildChallengePack({ challenge, data, rubric });
 * Object.keys(pack.files); //=> ["README.md", "README.en.md", "datasets.json", …, "data/solicitudes/solicitudes.csv"]
 * ```
 */
export function buildChallengePack(input: ChallengePackInput): ChallengePack {
  const { challenge, data, rubric } = input;
  const files: Record<string, string | Uint8Array> = {};
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  files["README.md"] = readme(input, "es");
  files["README.en.md"] = readme(input, "en");
  const datasets = {
    format: "ciudata-challenge-datasets/1",
    challenge: challenge.id,
    portal: data.portal,
    datasets: challenge.datasets.map((wanted) => {
      const d = data.datasets.find((x) => x.id === wanted.id || x.name === wanted.id);
      if (!d)
        return {
          id: wanted.id,
          available: false,
          reason: data.skipped.find((s) => s.datasetId === wanted.id)?.reason ?? null,
        };
      const att = (lang: Lang) =>
        attribution(
          {
            license: d.license,
            title: d.title ?? d.id,
            publisher: publisherOf(d),
            source: d.landingPage ?? data.portal,
          },
          lang,
        );
      const es = att("es");
      return {
        id: d.id,
        name: d.name,
        available: true,
        title: d.title,
        description: d.description,
        publisher: publisherOf(d),
        organization: d.organization?.name ?? null,
        license: {
          declared: d.license,
          id: es.license?.id ?? null,
          name: es.license?.name ?? null,
          url: es.license?.url ?? null,
        },
        attribution: { es: es.text, en: att("en").text, pt: att("pt").text, required: es.required },
        landingPage: d.landingPage,
        modified: d.modified,
        accrualPeriodicity: d.accrualPeriodicity,
        keywords: d.tags,
        themes: d.themes,
        note: wanted.note ?? null,
        resources: d.resources
          .filter((r) => !wanted.resources || wanted.resources.includes(r.id))
          .map((r) => {
            const f = data.files.find((x) => x.resourceId === r.id && x.datasetId === d.id);
            return {
              id: r.id,
              name: r.name,
              format: r.format,
              mediaType: r.mediaType,
              url: r.url,
              size: r.size,
              columns: r.columns,
              file: f?.path ?? null,
              bytes: f?.bytes.byteLength ?? null,
              sha256: f?.sha256 ?? null,
              skipped: f ? null : (data.skipped.find((s) => s.resourceId === r.id)?.reason ?? null),
            };
          }),
      };
    }),
  };
  files["datasets.json"] = json(datasets);
  files["challenge.json"] = json(challenge);
  if (rubric) files["rubric.json"] = json(rubric);
  files["submission.template.json"] = json({
    id: "mi-proyecto",
    teamId: "mi-equipo",
    challengeId: challenge.id,
    title: "",
    repository: "https://github.com/…",
    demo: "https://…",
    datasets: challenge.datasets.map((d) => d.id),
    license: "Apache-2.0",
    status: "draft",
  });
  for (const f of data.files) files[f.path] = f.bytes;
  if (data.files.length)
    files["data/SHA256SUMS"] = data.files
      .map((f) => `${f.sha256}  ${f.path.slice("data/".length)}\n`)
      .join("");
  return { files };
}

/**
 * Fetches a challenge's data from a portal (URL or client) and builds its pack, in memory.
 *
 * @example
 * ```ts
 * const pack = await exportChallengePack("http://127.0.0.1:5000", challenge, { maxBytes: 5_000_000 });
 * pack.files["datasets.json"];
 * ```
 */
export async function exportChallengePack(
  portal: Portal | string,
  challenge: Challenge,
  options: FetchDataOptions & {
    rubric?: Rubric;
    hackathonTitle?: LocalizedText;
    portalOptions?: PortalOptions;
  } = {},
): Promise<ChallengePack> {
  const client = typeof portal === "string" ? createPortal(portal, options.portalOptions ?? {}) : portal;
  const data = await fetchChallengeData(client, challenge, options);
  return buildChallengePack({
    challenge,
    data,
    ...(options.rubric ? { rubric: options.rubric } : {}),
    ...(options.hackathonTitle ? { hackathonTitle: options.hackathonTitle } : {}),
  });
}
