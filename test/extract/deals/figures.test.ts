import assert from "node:assert/strict";
import { test } from "node:test";
import { findPeriod } from "../../../src/extract/deals/find-period";
import { findQuantity } from "../../../src/extract/deals/find-quantity";
import { findValue } from "../../../src/extract/deals/find-value";
import { wordsOf } from "../../../src/extract/deals/text-spans";

const value = (text: string) => {
  const v = findValue(text);
  return v && [v.text, v.amount, v.currency];
};

test("money values: symbol first, words after, Russian, abbreviations", () => {
  assert.deepEqual(value("around $5 billion worth of tanks"), ["$5 billion", 5e9, "USD"]);
  assert.deepEqual(value("up to 4 billion dollars’ worth of arms"), ["4 billion dollars", 4e9, "USD"]);
  assert.deepEqual(value("на 5 миллиардов долларов"), ["5 миллиардов долларов", 5e9, "USD"]);
  assert.deepEqual(value("a $100 mln contract"), ["$100 mln", 1e8, "USD"]);
  assert.deepEqual(value("a $200 million loan"), ["$200 million", 2e8, "USD"]);
  assert.deepEqual(value("около 2,5 млрд евро"), ["2,5 млрд евро", 2.5e9, "EUR"]);
  assert.equal(findValue("two tanks and five helicopters"), null);
});

test("money values: the text is amount, scale and currency only; Russian decimal commas, English thousands", () => {
  assert.deepEqual(value("на сумму 5,43 млрд долларов. В 2018 году"), ["5,43 млрд долларов", 5.43e9, "USD"]);
  assert.deepEqual(value("около 250 млн долларов."), ["250 млн долларов", 2.5e8, "USD"]);
  assert.deepEqual(value("на 5 млрд. долларов"), ["5 млрд. долларов", 5e9, "USD"]);
  assert.deepEqual(value("около 3 млрд долл. в год"), ["3 млрд долл.", 3e9, "USD"]);
  assert.deepEqual(value("на 1,5 миллиарда рублей"), ["1,5 миллиарда рублей", 1.5e9, "RUB"]);
  assert.deepEqual(value("a deal worth €1.2bn."), ["€1.2bn", 1.2e9, "EUR"]);
  assert.deepEqual(value("worth $1,200 million, officials said"), ["$1,200 million", 1.2e9, "USD"]);
  assert.deepEqual(value("for $4 billion. In 2018"), ["$4 billion", 4e9, "USD"]);
  assert.deepEqual(value("контракт на 5 430 млн долларов"), ["5 430 млн долларов", 5.43e9, "USD"]);
  assert.deepEqual(value("tanks worth USD 500 million."), ["USD 500 million", 5e8, "USD"]);
  assert.deepEqual(value("radars worth £40 million."), ["£40 million", 4e7, "GBP"]);
});

const period = (text: string, published: string | null = null) => {
  const p = findPeriod(text, published);
  return p && [p.text, p.startYear, p.endYear];
};

test("periods: ranges, since, single years, Russian forms", () => {
  assert.deepEqual(period("contracts signed in 2009-2011"), ["in 2009-2011", 2009, 2011]);
  assert.deepEqual(period("between 2014 and 2016"), ["between 2014 and 2016", 2014, 2016]);
  assert.deepEqual(period("since 2011"), ["since 2011", 2011, null]);
  assert.deepEqual(period("in 2017, Russia"), ["in 2017", 2017, 2017]);
  assert.deepEqual(period("в 2010 году"), ["в 2010 году", 2010, 2010]);
  assert.deepEqual(period("с 2018 по 2020 год"), ["с 2018 по 2020 год", 2018, 2020]);
  assert.deepEqual(period("с 2015 года"), ["с 2015 года", 2015, null]);
});

test("periods: a year with its month or date ('in January 2022', 'on March 3, 2021', 'в январе 2022 года')", () => {
  assert.deepEqual(period("a deal signed in January 2022 for three batteries"), ["in January 2022", 2022, 2022]);
  assert.deepEqual(period("signed on March 3, 2021"), ["on March 3, 2021", 2021, 2021]);
  assert.deepEqual(period("контракт подписан в январе 2022 года"), ["в январе 2022 года", 2022, 2022]);
  assert.deepEqual(period("delivered on 12 May 2019 to"), ["on 12 May 2019", 2019, 2019]);
});

test("relative periods need the article's date", () => {
  assert.deepEqual(period("next February", "2016-08-15"), ["next February", 2017, 2017]);
  assert.deepEqual(period("next February", "2016-01-15"), ["next February", 2016, 2016]);
  assert.deepEqual(period("next year", "2016-08-15"), ["next year", 2017, 2017]);
  assert.deepEqual(period("в прошлом году", "2020-03"), ["в прошлом году", 2019, 2019]);
  assert.deepEqual(period("next year", null), ["next year", null, null]);
});

test("quantities before an item, but not money or years", () => {
  const q = (text: string, item: string) => {
    const span = { text, start: 0, end: text.length };
    return findQuantity(wordsOf(span), text.indexOf(item));
  };
  assert.equal(q("at least 10 new Russian MS-21 aircraft", "MS-21"), 10);
  assert.equal(q("one An-124", "An-124"), 1);
  assert.equal(q("hundreds of tanks", "tanks"), 100);
  assert.equal(q("две батареи С-400", "С-400"), 2);
  assert.equal(q("$5 billion worth of tanks", "tanks"), null);
  assert.equal(q("in 2017 tanks", "tanks"), null);
});

test("money values in other currencies: rupees in crore and lakh, zloty, won, yuan, Australian dollars", () => {
  assert.deepEqual(value("at a cost of over Rs 26,000 crore."), ["Rs 26,000 crore", 2.6e11, "INR"]);
  assert.deepEqual(value("a ₹1.2 lakh crore deal"), ["₹1.2 lakh crore", 1.2e12, "INR"]);
  assert.deepEqual(value("worth PLN 2.6 billion"), ["PLN 2.6 billion", 2.6e9, "PLN"]);
  assert.deepEqual(value("1.5 trillion won"), ["1.5 trillion won", 1.5e12, "KRW"]);
  assert.deepEqual(value("for 4 billion Australian dollars"), ["4 billion Australian dollars", 4e9, "AUD"]);
  assert.deepEqual(value("на 13 млрд рупий"), ["13 млрд рупий", 1.3e10, "INR"]);
  assert.equal(findValue("Mrs 5 said"), null, "'Rs' inside a word is no rupee");
});

test("a sentence opening with the deal's worth by a pronoun ('Его стоимость', 'Its value') refers back to the deal", async () => {
  const { DEAL_ANAPHOR } = await import("../../../src/extract/deals/lexicon");
  assert.match("Его стоимость, по данным экспертов, составляет около 400 млн долларов.", DEAL_ANAPHOR);
  assert.match("Its total value is put at $400 million.", DEAL_ANAPHOR);
  assert.match("The value of the contract was not disclosed.", DEAL_ANAPHOR);
  assert.doesNotMatch("Its army operates 30 tanks.", DEAL_ANAPHOR);
  assert.doesNotMatch("Его визит стоимостью в миллион.", DEAL_ANAPHOR);
});
