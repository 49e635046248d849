/**
 * A URL safe to show in reports and logs: no query string, fragment or credentials
 * (tokens and API keys usually travel there); `data:` URLs keep only their media type.
 *
 * @example
 * ```ts
 * redactUrl(new URL("https://user:pw@datos.gob.ar/x.csv?token=abc#top")); // "https://datos.gob.ar/x.csv"
 * ```
 */
export function redactUrl(url: URL | string): string {
  let u: URL;
  try {
    u = typeof url === "string" ? new URL(url) : url;
  } catch {
    return String(url).split(/[?#]/, 1)[0] ?? "";
  }
  if (u.protocol === "data:") {
    const head = u.pathname.split(",", 1)[0] ?? "";
    return `data:${head.slice(0, 64)},…`;
  }
  if (u.protocol === "blob:") return "blob:…";
  return `${u.protocol}//${u.host}${u.pathname}`;
}
