export { clusterPairs, type IndexPairs, recordKey } from "./components";
export { oneToOne } from "./one-to-one";
