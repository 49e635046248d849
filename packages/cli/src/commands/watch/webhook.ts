// The webhook: alerts POSTed as JSON. Its URL often carries a token, so it is never printed: messages
// name it "the webhook" and say only what went wrong (a status, a system error code).
import { type Lang, translator } from "@ciudata/core";
import type { CommandContext, ParsedArgs } from "../../declare";
import { UsageError } from "../../errors";
import { perLang } from "../../messages";
import { watchMessages } from "../../messages/watch";

/** The environment variable read when `--webhook` is not given. */
export const WEBHOOK_ENV = "CIUDATA_WEBHOOK_URL";

/**
 * The webhook URL from `--webhook` or `CIUDATA_WEBHOOK_URL`, checked to be http(s); `null` when neither is set.
 * A bad one is a usage error that never repeats it.
 */
export function webhookOf(args: ParsedArgs, ctx: CommandContext): URL | null {
  const flag = args.flags.webhook;
  const raw = typeof flag === "string" ? flag : ctx.io.env[WEBHOOK_ENV];
  if (raw === undefined || raw === "") return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (url === null || !/^https?:$/.test(url.protocol))
    throw new UsageError({
      kind: "custom",
      message: perLang((lang) =>
        translator(watchMessages, lang).t("badWebhook", {
          from: typeof flag === "string" ? "--webhook" : WEBHOOK_ENV,
        }),
      ),
    });
  return url;
}

/**
 * POSTs a JSON body to the webhook (10 s at most, no redirect followed: a token must not travel to
 * another address). Resolves to `null` when the webhook answered 2xx, else why not in every language.
 */
export async function postWebhook(url: URL, body: unknown): Promise<Record<Lang, string> | null> {
  let detail: string;
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    await res.body?.cancel();
    if (res.status >= 200 && res.status < 300) return null;
    detail = `HTTP ${res.status}`;
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    detail = e.name === "TimeoutError" ? "timeout" : (e.cause?.code ?? e.name ?? "network");
  }
  return perLang((lang) => translator(watchMessages, lang).t("webhookFailed", { detail }));
}
