export {
  type CategoryVariantsOptions,
  categoryVariants,
  clusterVariants,
  DEFAULT_CATEGORY_SYNONYMS,
  type VariantCluster,
} from "./category-variants";
export { categoryVariantsCheck } from "./check";
export { categoryVariantsIssues } from "./messages";
