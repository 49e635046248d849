export { countBlocking } from "./count";
export { type BlockedPairs, type BlockPairsOptions, blockPairs } from "./pairs";
