import { readFile } from "node:fs/promises";
import { type ReadAreasOptions, readAreas } from "../areas/read";
import type { AreaLayer } from "../areas/types";
import { geoError } from "../errors";

/**
 * Reads areas from a GeoJSON or TopoJSON file (Node only): {@link readAreas} on the parsed file, the
 * path naming it in messages. A file that cannot be read is a `CiudataError` `geo/unreadable` (with the
 * system's `reason`: `ENOENT`, `EISDIR`, `EACCES`…), one that is not JSON `geo/not-json`.
 *
 * @param path The file.
 * @param options Which properties hold the code and name (detected when not given).
 * @returns The areas, the properties chosen and the bounding box.
 * @example
 * ```ts
 * import { readAreasFile } from "@ciudata/geo/node";
 * const layer = await readAreasFile("barrios.geojson");
 * layer.areas.length; //=> 48
 * ```
 */
export async function readAreasFile(
  path: string,
  options: Omit<ReadAreasOptions, "file"> = {},
): Promise<AreaLayer> {
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EIO";
    throw geoError("geo/unreadable", { file: path, reason: code });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    throw geoError("geo/not-json", { file: path, ...(line === undefined ? {} : { line }) });
  }
  return readAreas(json, { ...options, file: path });
}
