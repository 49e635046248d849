/** A choice of a select question. */
export interface PromptOption {
  value: string;
  label: string;
  hint?: string;
}

/**
 * The questions `main` asks on a terminal; `@clack/prompts` by default, replaceable in tests. A
 * question answered with Ctrl+C resolves to `null`.
 */
export interface Prompter {
  intro(title: string): void;
  text(question: {
    message: string;
    placeholder?: string;
    defaultValue?: string;
    validate?: (value: string) => string | undefined;
  }): Promise<string | null>;
  select(question: {
    message: string;
    options: PromptOption[];
    initialValue: string;
  }): Promise<string | null>;
}

/** The prompter on top of `@clack/prompts` (loaded only when a question is asked). */
export function clackPrompter(): Prompter {
  const load = () => import("@clack/prompts");
  return {
    intro(title) {
      void load().then((p) => p.intro(title));
    },
    async text(question) {
      const p = await load();
      const { validate } = question;
      const answer = await p.text({
        message: question.message,
        ...(question.placeholder === undefined ? {} : { placeholder: question.placeholder }),
        ...(question.defaultValue === undefined ? {} : { defaultValue: question.defaultValue }),
        ...(validate ? { validate: (v: string | undefined) => validate(v ?? "") } : {}),
      });
      return p.isCancel(answer) ? null : answer;
    },
    async select(question) {
      const p = await load();
      const answer = await p.select({
        message: question.message,
        options: question.options.map((o) => ({
          value: o.value,
          label: o.label,
          ...(o.hint ? { hint: o.hint } : {}),
        })),
        initialValue: question.initialValue,
      });
      return p.isCancel(answer) ? null : String(answer);
    },
  };
}
