import { describe, expect, it } from "vitest";
import { datastoreShapeDiff } from "./ckan-shape";

/** The shape of data.gov.sg's CKAN DataStore answer (values made up here). */
const recorded = {
  resource_id: "a807b7ab",
  fields: [
    { type: "int4", id: "_id" },
    { type: "text", id: "quarter" },
  ],
  records: [{ quarter: "2004-Q3", _id: 1 }],
  _links: {
    start: "/api/action/datastore_search?limit=100&resource_id=a807b7ab",
    next: "/api/action/datastore_search?offset=100&limit=100&resource_id=a807b7ab",
  },
  limit: 100,
  total: 59,
};

describe("datastoreShapeDiff", () => {
  it("accepts an answer shaped like a real CKAN's", () => {
    expect(datastoreShapeDiff(recorded, { ...recorded, offset: 0, total_was_estimated: false })).toEqual([]);
  });

  it("names what differs: a missing key, a value of another kind, records and links", () => {
    const live = {
      resource_id: "x",
      fields: [{ id: "_id", type: "int" }, { id: "quarter" }],
      records: [{ _id: "1", quarter: "2004-Q3", extra: 1 }],
      _links: { start: "/api/3/action/datastore_search?resource_id=x", next: "/elsewhere" },
      limit: "100",
    };
    expect(datastoreShapeDiff(recorded, live)).toEqual([
      "result.limit is string, a real CKAN sends number",
      "result.total is missing",
      "result.fields[1] is not {id, type} with strings",
      "result.records[0] has keys _id, extra, quarter, not the field ids",
      "result.records[0]._id is not a whole number",
      "result._links.next is not a datastore_search path",
    ]);
  });

  it("checks that _links.next asks for the next page", () => {
    const live = {
      ...recorded,
      offset: 200,
      _links: { ...recorded._links, next: "/api/3/action/datastore_search?offset=100&limit=100" },
    };
    expect(datastoreShapeDiff(recorded, live)).toEqual(["result._links.next does not ask for offset 300"]);
  });
});
