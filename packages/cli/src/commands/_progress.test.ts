import { describe, expect, it } from "vitest";
import { capture } from "../../test-support/capture";
import { PROGRESS_MIN_BYTES, progressBar, stepProgress } from "./_progress";

describe("progress bar", () => {
  it("draws on a terminal for big files and clears the line at the end", () => {
    const c = capture();
    c.io.stderrIsTTY = true;
    const bar = progressBar(c.io, PROGRESS_MIN_BYTES * 2, "en");
    bar.onProgress?.({ bytesRead: PROGRESS_MIN_BYTES, totalBytes: PROGRESS_MIN_BYTES * 2 });
    bar.done();
    expect(c.err()).toContain("50%");
    expect(c.err().endsWith("\r\x1b[2K")).toBe(true);
  });

  it("writes its numbers the user's language's way, never one language's beside another's (issue #17)", () => {
    const drawn = (lang: "es" | "en") => {
      const c = capture();
      c.io.stderrIsTTY = true;
      const bar = progressBar(c.io, PROGRESS_MIN_BYTES * 2, lang);
      bar.onProgress?.({ bytesRead: PROGRESS_MIN_BYTES, totalBytes: PROGRESS_MIN_BYTES * 2 });
      return c.err();
    };
    expect(drawn("es")).toContain("50% 5,0/10,0 MB");
    expect(drawn("en")).toContain("50% 5.0/10.0 MB");
  });

  it("stays silent in pipes and for small files", () => {
    const pipe = capture();
    expect(progressBar(pipe.io, PROGRESS_MIN_BYTES * 2).onProgress).toBeUndefined();
    const small = capture();
    small.io.stderrIsTTY = true;
    expect(progressBar(small.io, 1000).onProgress).toBeUndefined();
  });
});

describe("step progress", () => {
  it("draws each step's share with its words on a terminal, and clears the line at the end", () => {
    const c = capture();
    c.io.stderrIsTTY = true;
    const bar = stepProgress(c.io, (step) => (step === "compare" ? "comparando" : step));
    bar.onProgress?.("compare", 3, 4);
    bar.done();
    expect(c.err()).toContain("comparando [");
    expect(c.err()).toContain("75%");
    expect(c.err().endsWith("\r\x1b[2K")).toBe(true);
  });

  it("stays silent in pipes", () => {
    const pipe = capture();
    expect(stepProgress(pipe.io).onProgress).toBeUndefined();
    pipe.io.stderr("");
    expect(pipe.err()).toBe("");
  });
});
