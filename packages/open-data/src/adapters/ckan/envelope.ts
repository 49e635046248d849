import { z } from "zod";
import type { PortalErrorKind } from "../../errors";
import type { ErrorInfo } from "../../http/client";
import { isObj, str } from "../../json";

/** CKAN `error.__type` → error kind (CKAN 2.x, any status). @internal */
const CKAN_TYPES: Record<string, PortalErrorKind> = {
  "Not Found Error": "not_found",
  "Authorization Error": "forbidden",
  "Not Authorized": "forbidden",
  "Validation Error": "bad_query",
  "Search Query Error": "bad_query",
  "Search Error": "bad_query",
  "Integrity Error": "bad_query",
  "Parameter Error": "bad_query",
  "Search Index Error": "server",
  "Search Connection Error": "server",
  "Internal Server Error": "server",
};

/** The Action API envelope. @internal */
export const EnvelopeSchema = z.looseObject({ success: z.boolean(), result: z.unknown() });

/**
 * Reads CKAN's `{success, error}` envelope whatever the HTTP status: `success: false` is an error even
 * with 200, `success: true` a success; anything else from a 2xx is not a CKAN answer.
 * @internal
 */
export function interpretCkan(status: number, data: unknown): ErrorInfo | null {
  if (!isObj(data) || typeof data.success !== "boolean") {
    if (status >= 400) return {};
    return { kind: "invalid_response", serverMessage: "not a CKAN Action API answer (no `success`)" };
  }
  if (data.success) return null;
  const error = isObj(data.error) ? data.error : {};
  const type = str(error.__type);
  const kind = (type && CKAN_TYPES[type]) ?? (status >= 400 ? undefined : "bad_query");
  return {
    ...(kind ? { kind } : {}),
    ckanType: type,
    serverMessage: str(error.message) ?? fieldMessages(error),
  };
}

/** Validation Errors carry per-field arrays instead of a message. */
function fieldMessages(error: Record<string, unknown>): string | null {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(error)) {
    if (key === "__type") continue;
    const text = Array.isArray(value) ? value.map(String).join("; ") : str(value);
    if (text) parts.push(`${key}: ${text}`);
  }
  return parts.length ? parts.join(" | ") : null;
}
