import type { DimensionStatus } from "../score";

/** A status mark for text outputs. */
export const STATUS_MARK: Record<DimensionStatus, string> = { pass: "✔", warn: "!", fail: "✘", skipped: "·" };
