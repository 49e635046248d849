import { CiudataError, createIssue, type IssueParam } from "@ciudata/core";

/** A `CiudataError` with one issue of `type` (worded by `geoIssues`), its params and a note naming the file. */
export function geoError(type: string, params: Record<string, IssueParam>): CiudataError {
  return new CiudataError([createIssue(type, { params, note: `${type}: ${String(params.file)}` })]);
}
