import { basename } from "node:path";

/**
 * Folds a text into a slug: lower case, no accents, words joined by dashes.
 *
 * @example
 * ```ts
 * slugify("Reclamos en la Cuarta Sección"); //=> "reclamos-en-la-cuarta-seccion"
 * ```
 */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A valid npm package name for a project folder, or `null` when nothing usable is left.
 *
 * @example
 * ```ts
 * toProjectName("/tmp/Tablero Reclamos"); //=> "tablero-reclamos"
 * ```
 */
export function toProjectName(directory: string): string | null {
  const base = basename(directory.replace(/[\\/]+$/, ""));
  const name = base
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9._~-]+/g, "-")
    .replace(/^[._-]+|[-]+$/g, "")
    .slice(0, 214);
  return name === "" ? null : name;
}

/** A hackathon challenge as the project records it. */
export interface Challenge {
  /** A slug, e.g. `reclamos-cuarta-seccion`. */
  id: string;
  /** As typed, e.g. `Reclamos en la Cuarta Sección`. */
  title: string;
}

/**
 * Reads `--challenge`: a slug is kept as the id and the title; a title gets a slug as its id.
 *
 * @example
 * ```ts
 * parseChallenge("Agua segura"); //=> { id: "agua-segura", title: "Agua segura" }
 * parseChallenge(""); //=> null
 * ```
 */
export function parseChallenge(input: string | undefined): Challenge | null {
  const title = (input ?? "").trim();
  if (title === "") return null;
  const id = slugify(title);
  return { id: id === "" ? "desafio" : id, title };
}
