import { arr, isObj, type Obj } from "../../json";
import type { Violation } from "../../model";

/** Which DCAT profile a catalog follows. */
export type DcatProfile = "dcat-ar" | "dcat-us" | "dcat";

const AR = {
  catalog: ["dataset", "title", "description", "publisher", "superThemeTaxonomy"],
  dataset: [
    "title",
    "description",
    "publisher",
    "superTheme",
    "distribution",
    "accrualPeriodicity",
    "issued",
    "identifier",
  ],
  distribution: ["accessURL", "downloadURL", "title", "issued", "identifier"],
};
const US = {
  catalog: ["dataset", "conformsTo"],
  dataset: [
    "title",
    "description",
    "keyword",
    "modified",
    "publisher",
    "contactPoint",
    "identifier",
    "accessLevel",
  ],
  distribution: [] as string[],
};
const PERIODICITY = /^(?:R\/P(?=\d|T\d)(?:\d+(?:\.\d+)?[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?|eventual)$/;

/**
 * Guesses the profile: DCAT-US when it says it conforms to Project Open Data, DCAT-AR when it has
 * `superThemeTaxonomy` or datasets with `superTheme`.
 *
 * @example
 * ```ts
 * dcatProfile({ conformsTo: "https://project-open-data.cio.gov/v1.1/schema", dataset: [] }); //=> "dcat-us"
 * ```
 */
export function dcatProfile(catalog: unknown): DcatProfile {
  if (!isObj(catalog)) return "dcat";
  const marks = `${String(catalog.conformsTo ?? "")} ${String(catalog["@context"] ?? "")}`;
  if (/project-open-data/i.test(marks)) return "dcat-us";
  if ("superThemeTaxonomy" in catalog || arr(catalog.dataset).some((d) => isObj(d) && "superTheme" in d))
    return "dcat-ar";
  return "dcat";
}

const missing = (o: Obj, key: string) =>
  o[key] === undefined ||
  o[key] === null ||
  o[key] === "" ||
  (Array.isArray(o[key]) && (o[key] as unknown[]).length === 0);

/**
 * Checks a data.json against its profile's required fields (DCAT-AR after pydatajson's schema, DCAT-US 1.1)
 * and DCAT-AR's `accrualPeriodicity` pattern. Violations are data: real catalogs break the spec and still load.
 *
 * @example
 * ```ts
 * dcatViolations({ title: "Datos", dataset: [{ title: "x" }] }, "dcat-ar")[0]?.path; //=> "description"
 * ```
 */
export function dcatViolations(catalog: unknown, profile: DcatProfile = dcatProfile(catalog)): Violation[] {
  const out: Violation[] = [];
  if (!isObj(catalog))
    return [{ path: "", message: "the catalog is not a JSON object", code: "invalid_type" }];
  if (!Array.isArray(catalog.dataset))
    out.push({ path: "dataset", message: "`dataset` must be a list", code: "invalid_type" });
  const rules =
    profile === "dcat-ar"
      ? AR
      : profile === "dcat-us"
        ? US
        : { catalog: [], dataset: ["title"], distribution: [] };
  const need = (o: Obj, keys: readonly string[], at: string) => {
    for (const key of keys)
      if (missing(o, key))
        out.push({
          path: at ? `${at}.${key}` : key,
          message: `required field \`${key}\` is missing`,
          code: "required",
        });
  };
  need(
    catalog,
    rules.catalog.filter((k) => k !== "dataset"),
    "",
  );
  arr(catalog.dataset).forEach((d, i) => {
    const at = `dataset[${i}]`;
    if (!isObj(d)) {
      out.push({ path: at, message: "a dataset must be an object", code: "invalid_type" });
      return;
    }
    need(d, rules.dataset, at);
    if (
      profile === "dcat-ar" &&
      typeof d.accrualPeriodicity === "string" &&
      !PERIODICITY.test(d.accrualPeriodicity)
    )
      out.push({
        path: `${at}.accrualPeriodicity`,
        message: `\`${d.accrualPeriodicity}\` is not an ISO 8601 repeating interval (R/P1Y…) nor "eventual"`,
        code: "pattern",
      });
    arr(d.distribution).forEach((dist, j) => {
      const dat = `${at}.distribution[${j}]`;
      if (!isObj(dist)) {
        out.push({ path: dat, message: "a distribution must be an object", code: "invalid_type" });
        return;
      }
      need(dist, rules.distribution, dat);
      if (profile === "dcat-us" && missing(dist, "downloadURL") && missing(dist, "accessURL"))
        out.push({
          path: dat,
          message: "a distribution needs `downloadURL` or `accessURL`",
          code: "required",
        });
    });
  });
  return out;
}
