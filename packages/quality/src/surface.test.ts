import { describe, expect, it } from "vitest";
import * as root from "./index";
import * as node from "./node/index";

// Growing the public surface is a decision: add a name here when the README documents it.
describe("@ciudata/quality's public surface", () => {
  it("exports from the root what the README and the guides document", () => {
    expect(Object.keys(root).sort()).toEqual(
      [
        "AR_DATOS_ABIERTOS",
        "BUILTIN_PROFILES",
        "DIMENSION_INFO",
        "DIMENSIONS",
        "EvaluationError",
        "FORMULA_VERSION",
        "ProfileSchema",
        "compileChecks",
        "compileRisk",
        "describeTable",
        "duckdbDialect",
        "postgresDialect",
        "sqlPattern",
        "trinoDialect",
        "dimensionDefinition",
        "dimensionLabel",
        "dimensionOf",
        "evaluate",
        "isTruthy",
        "parseExpression",
        "findingSelector",
        "parseProfile",
        "parseThresholds",
        "qualityIssues",
        "renderGithub",
        "renderHtml",
        "renderJson",
        "renderMarkdown",
        "renderText",
        "registryReview",
        "detectQuasiIdentifiers",
        "review",
        "scoreReport",
        "toQualityReport",
        "toValue",
        "validate",
        "validatePackage",
        "validateResource",
      ].sort(),
    );
  });

  it("exports the Node-only readers from /node", () => {
    expect(Object.keys(node).sort()).toEqual([
      "checkInDuckDB",
      "checkInPostgres",
      "describeFile",
      "runTableSuite",
      "validateFile",
      "validatePackageFile",
    ]);
  });
});
