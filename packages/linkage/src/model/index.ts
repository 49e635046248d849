export { type EmOptions, type EmResult, expectationMaximisation, type FixedPosteriors, initialM } from "./em";
export { levelCounts, levelIds, levelIndex } from "./levels";
export { countPatterns, type Patterns } from "./patterns";
export { activeComparisons } from "./related";
export { type PairScorer, pairScorer, probabilityOf, scorePairs, weightOf } from "./score";
export { type FieldCodes, type TermFrequencies, TF_MINIMUM_U, termFrequencies, tfFields } from "./tf";
export { type GammaSet, type TrainingData, type TrainingSession, trainModel } from "./train";
export { estimateU } from "./u";
