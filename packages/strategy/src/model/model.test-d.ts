import { describe, expectTypeOf, it } from "vitest";
import type {
  Action,
  ActionInput,
  ActionStatus,
  DatasetEntry,
  Deadline,
  Indicator,
  Label,
  Owner,
  StrategyDocument,
  StrategyDocumentInput,
} from "../index";

describe("inferred types", () => {
  it("labels need Spanish; English and Portuguese are optional", () => {
    expectTypeOf<Label>().toHaveProperty("es").toEqualTypeOf<string>();
    expectTypeOf<{ es: string }>().toExtend<Label>();
    expectTypeOf<{ en: string }>().not.toExtend<Label>();
  });

  it("an action's defaults are filled after parsing, optional before", () => {
    expectTypeOf<Action["owners"]>().toEqualTypeOf<Owner[]>();
    expectTypeOf<Action["history"][number]["status"]>().toEqualTypeOf<ActionStatus>();
    expectTypeOf<ActionInput["owners"]>().toBeNullable();
    expectTypeOf<Action["deadline"]>().toEqualTypeOf<Deadline | undefined>();
  });

  it("statuses and directions are closed unions", () => {
    expectTypeOf<ActionStatus>().toEqualTypeOf<
      "not_started" | "in_progress" | "complete" | "on_hold" | "cancelled"
    >();
    expectTypeOf<Indicator["direction"]>().toEqualTypeOf<"increase" | "decrease" | "band">();
    expectTypeOf<DatasetEntry["accessLevel"]>().toEqualTypeOf<
      "public" | "internal" | "restricted" | "non-public"
    >();
    expectTypeOf<DatasetEntry["state"]>().toEqualTypeOf<"existing" | "planned" | "published" | "retired">();
  });

  it("the document is versioned", () => {
    expectTypeOf<StrategyDocument["version"]>().toEqualTypeOf<1>();
    expectTypeOf<StrategyDocument["format"]>().toEqualTypeOf<"ciudata-strategy">();
    expectTypeOf<StrategyDocumentInput["actions"]>().toBeNullable();
    expectTypeOf<StrategyDocument["actions"]>().toEqualTypeOf<Action[]>();
  });
});
