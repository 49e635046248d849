import { type Challenge, STAGES, type Stage } from "./model";

/** Where a challenge stands on a date. */
export interface StageStatus {
  /** The stage in progress (the first whose gate is on or after the date), `null` when every gate has passed. */
  current: Stage | null;
  /** Its gate date. */
  gate: string | null;
  /** Days from the date to that gate (0 on the gate day). */
  daysLeft: number | null;
  /** Stages whose gate is before the date. */
  passed: Stage[];
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * The stage a challenge is in on `asOf` (`YYYY-MM-DD`), from its gate dates. Pure: pass the date.
 *
 * @example
 * ```ts
 * stageAt(challenge, "2026-04-10"); //=> { current: "idear", gate: "2026-04-15", daysLeft: 5, passed: ["definir", "validar"] }
 * ```
 */
export function stageAt(challenge: Pick<Challenge, "stages">, asOf: string): StageStatus {
  const gates = [...challenge.stages].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage));
  const passed = gates.filter((g) => g.gate < asOf).map((g) => g.stage);
  const next = gates.find((g) => g.gate >= asOf);
  return {
    current: next?.stage ?? null,
    gate: next?.gate ?? null,
    daysLeft: next ? Math.round(day(next.gate) - day(asOf)) : null,
    passed,
  };
}
