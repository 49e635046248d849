// The checks' wording as a catalog value (a wrapper until the checks own their catalogs).
export { checkIssues } from "../locales-extra/catalog";
