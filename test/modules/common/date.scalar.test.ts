import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { calendarDateProblem } from "../../../src/modules/common/calendar-date";
import { startTestApi, type TestApi } from "../../support/test-api";
import { seedSmallStore } from "../../support/seed";

describe("calendar dates", () => {
  it("accepts real days, months and years and says what is wrong with the rest", () => {
    assert.equal(calendarDateProblem("2024-02-29"), null);
    assert.equal(calendarDateProblem("2023-02-29"), "February 2023 has 28 days");
    assert.equal(calendarDateProblem("2024-02-30"), "February 2024 has 29 days");
    assert.equal(calendarDateProblem("2025-13-45"), "month 13 does not exist");
    assert.equal(calendarDateProblem("2025-04-31"), "April 2025 has 30 days");
    assert.equal(calendarDateProblem("2025-01-00"), "January 2025 has 31 days");
    assert.equal(calendarDateProblem("2016"), "it is not written YYYY-MM-DD");
    assert.equal(calendarDateProblem("2016", true), null);
    assert.equal(calendarDateProblem("2016-03", true), null);
    assert.equal(calendarDateProblem("2016-00", true), "month 00 does not exist");
    assert.equal(calendarDateProblem("2024-99-99", true), "month 99 does not exist");
    assert.equal(calendarDateProblem("16-3-1", true), "it is not written YYYY-MM-DD, YYYY-MM or YYYY");
  });
});

describe("Date and PartialDate in the API", () => {
  let api: TestApi;
  before(async () => {
    api = await startTestApi(async (ds) => {
      await seedSmallStore(ds);
    });
  });
  after(() => api?.close());

  const feed = "query($from: PartialDate) { statements(first: 10, filter: { saidFrom: $from }) { totalCount edges { node { saidOn } } } }";

  it("refuses an impossible filter bound, written inline or as a variable, with the reason", async () => {
    const inline = await api.query(`{ statements(filter: { saidFrom: "2024-99-99" }) { totalCount } }`);
    assert.equal(inline.data, undefined);
    assert.match(inline.errors![0].message, /"2024-99-99" is not a valid PartialDate: month 99 does not exist; write a real date such as "2016-03-31"/);
    const variable = await api.query(feed, { from: "2024-02-30" });
    assert.equal(variable.data, undefined);
    assert.match(variable.errors![0].message, /February 2024 has 29 days/);
    assert.equal(variable.errors![0].extensions?.code, "BAD_USER_INPUT");
    assert.equal(variable.errors![0].extensions?.argumentName, "from");
    const nested = await api.query("query($f: StatementFilter) { statements(filter: $f) { totalCount } }", { f: { saidTo: "2025-13-45" } });
    assert.equal(nested.errors![0].extensions?.argumentName, "f.saidTo");
  });

  it("still takes a year or a month as a filter bound, and serves saidOn as a Date", async () => {
    const all = await api.data(feed, { from: "1900" });
    assert.ok(all.statements.totalCount > 0);
    for (const edge of all.statements.edges) if (edge.node.saidOn !== null) assert.match(edge.node.saidOn, /^\d{4}-\d{2}-\d{2}$/);
    const none = await api.data(feed, { from: "2999-12" });
    assert.equal(none.statements.totalCount, 0);
  });

  it("types every day field as Date and every bound or partly known date as PartialDate", async () => {
    const { __schema } = await api.data(`{ __schema { types { name fields { name type { name ofType { name } } } inputFields { name type { name ofType { name } } } } } }`);
    const typeOf = (owner: string, field: string) => {
      const t = __schema.types.find((type: any) => type.name === owner);
      const f = [...(t.fields ?? []), ...(t.inputFields ?? [])].find((x: any) => x.name === field);
      return f.type.name ?? f.type.ofType?.name;
    };
    assert.equal(typeOf("Statement", "saidOn"), "Date");
    assert.equal(typeOf("Article", "publishedAt"), "Date");
    assert.equal(typeOf("StatementFilter", "saidFrom"), "PartialDate");
    assert.equal(typeOf("StatementFilter", "saidTo"), "PartialDate");
    assert.equal(typeOf("ActorRoleInput", "startDate"), "Date");
  });
});
