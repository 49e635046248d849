import { CiudataError, createIssue } from "@ciudata/core";

/**
 * A database connection string fit to print: the password (in the address or as `password=`)
 * replaced by `•••`. Every message that names the database uses it.
 *
 * @example
 * ```ts
 * maskDatabaseUrl("postgres://ana:s3creta@db.ciudad.gob:5432/datos"); //=> "postgres://ana:•••@db.ciudad.gob:5432/datos"
 * ```
 */
export function maskDatabaseUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@?#]*:)[^@/?#]*@/i, "$1•••@")
    .replace(/([?&]password=)[^&#]*/gi, "$1•••");
}

/** The password of a connection string, decoded (`null` when it has none). */
function passwordOf(url: string): string | null {
  const inAddress = /^[a-z][a-z0-9+.-]*:\/\/[^:/@?#]*:([^@/?#]*)@/i.exec(url)?.[1];
  const inQuery = /[?&]password=([^&#]*)/i.exec(url)?.[1];
  const raw = inAddress || inQuery;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * A message from the database driver with the connection's password (plain or encoded) and the
 * connection string masked, should the driver repeat them.
 *
 * @example
 * ```ts
 * maskSecrets("bad password s3creta", "postgres://ana:s3creta@db/datos"); //=> "bad password •••"
 * ```
 */
export function maskSecrets(text: string, url: string): string {
  let out = text.split(url).join(maskDatabaseUrl(url));
  const password = passwordOf(url);
  if (password)
    for (const form of new Set([password, encodeURIComponent(password)])) out = out.split(form).join("•••");
  return out;
}

/**
 * Checks that `--database` names PostgreSQL (`postgres://…` or `postgresql://…`); anything else
 * is a `CiudataError` (`portal/database-url`) that shows what was given, its password masked.
 *
 * @example
 * ```ts
 * checkDatabaseUrl("postgres://localhost/datos"); // passes
 * checkDatabaseUrl("mysql://localhost/datos"); // throws CiudataError
 * ```
 */
export function checkDatabaseUrl(url: string): void {
  if (/^postgres(ql)?:\/\/./i.test(url)) return;
  throw new CiudataError([
    createIssue("portal/database-url", {
      params: { url: maskDatabaseUrl(url) },
      note: "expected postgres://user@host:port/database",
    }),
  ]);
}
