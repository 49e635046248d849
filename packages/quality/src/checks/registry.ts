// Written by scripts/registry.mjs from the folders of src/checks: do not edit. Adding a check is adding
// its folder; `pnpm build` (or `pnpm -C packages/quality run registry`) rewrites this list.
import type { QualityCheckDescriptor } from "./_shared/descriptor";
import { ageConsistencyCheck } from "./age-consistency";
import { asciiValueCheck } from "./ascii-value";
import { categoryVariantsCheck } from "./category-variants";
import { controlCharactersCheck } from "./control-characters";
import { crossFieldCheck } from "./cross-field";
import { deviatedCellCheck } from "./deviated-cell";
import { deviatedValueCheck } from "./deviated-value";
import { duplicateRowCheck } from "./duplicate-row";
import { forbiddenValueCheck } from "./forbidden-value";
import { foreignKeyCheck } from "./foreign-key";
import { freshnessCheck } from "./freshness";
import { integrityCheck } from "./integrity";
import { letterCaseCheck } from "./letter-case";
import { missingByGroupCheck } from "./missing-by-group";
import { missingValueCheck } from "./missing-value";
import { periodicityCheck } from "./periodicity";
import { primaryKeyCheck } from "./primary-key";
import { requiredDimensionsCheck } from "./required-dimensions";
import { requiredValueCheck } from "./required-value";
import { rowConstraintCheck } from "./row-constraint";
import { sequentialValueCheck } from "./sequential-value";
import { tableDimensionsCheck } from "./table-dimensions";
import { territoryCoverageCheck } from "./territory-coverage";
import { truncatedValueCheck } from "./truncated-value";
import { uniqueErrorCheck } from "./unique-error";
import { uniqueKeysCheck } from "./unique-keys";
import { whitespaceCheck } from "./whitespace";

/** Every quality check, one descriptor per folder under `checks/`, in folder order. */
export const CHECK_DESCRIPTORS: readonly QualityCheckDescriptor[] = Object.freeze([
  ageConsistencyCheck,
  asciiValueCheck,
  categoryVariantsCheck,
  controlCharactersCheck,
  crossFieldCheck,
  deviatedCellCheck,
  deviatedValueCheck,
  duplicateRowCheck,
  forbiddenValueCheck,
  foreignKeyCheck,
  freshnessCheck,
  integrityCheck,
  letterCaseCheck,
  missingByGroupCheck,
  missingValueCheck,
  periodicityCheck,
  primaryKeyCheck,
  requiredDimensionsCheck,
  requiredValueCheck,
  rowConstraintCheck,
  sequentialValueCheck,
  tableDimensionsCheck,
  territoryCoverageCheck,
  truncatedValueCheck,
  uniqueErrorCheck,
  uniqueKeysCheck,
  whitespaceCheck,
]);
