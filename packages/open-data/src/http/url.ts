/** A query-string value; `undefined` and `null` are left out, objects and arrays go as JSON. @internal */
export type QueryValue = string | number | boolean | null | undefined | readonly unknown[] | object;

/**
 * Joins a base URL and a path, keeping the base's own path (`https://x/portal` + `api/3` → `https://x/portal/api/3`).
 * @internal
 */
export function joinUrl(base: string, path: string): URL {
  const url = new URL(base);
  const left = url.pathname.replace(/\/+$/, "");
  const right = path.replace(/^\/+/, "");
  url.pathname = right ? `${left}/${right}` : left || "/";
  url.search = "";
  url.hash = "";
  return url;
}

/**
 * Adds query parameters to a URL (a copy).
 * @internal
 */
export function withQuery(url: URL | string, query: Readonly<Record<string, QueryValue>> = {}): URL {
  const out = new URL(url);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    out.searchParams.set(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  return out;
}

/**
 * Routes a URL through a CORS proxy: `{url}` in the proxy is replaced by the encoded URL, else it is appended.
 * @internal
 */
export function throughProxy(url: URL, proxy: string | undefined): URL {
  if (!proxy) return url;
  const target = encodeURIComponent(url.href);
  return new URL(proxy.includes("{url}") ? proxy.replace("{url}", target) : `${proxy}${target}`);
}
