/**
 * True when a catalog resource URL names a file of the snapshot: `files/…` with no `..` or `.`
 * segment, no empty segment, no backslash and no NUL. Anything else is never read from disk.
 * @internal
 */
export function isLocalFileUrl(url: unknown): url is string {
  return (
    typeof url === "string" &&
    url.startsWith("files/") &&
    !/[\\\0]/.test(url) &&
    !url.split("/").some((part) => part === ".." || part === "." || part === "")
  );
}
