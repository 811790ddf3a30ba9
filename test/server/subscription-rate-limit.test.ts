import "reflect-metadata";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { createApiKey } from "../../src/auth/api-keys";
import { loadWeaponGazetteer } from "../../src/knowledge/weapons";
import { storeExtraction } from "../../src/store/store-extraction";
import { extractionOf, statementIn } from "../support/extraction-fixture";
import { startTestApi, type TestApi } from "../support/test-api";

/** Three requests at once, then practically none: nothing refills while the test runs. */
const LIMIT = { perSecond: 0.001, burst: 3 };
const SUBSCRIPTION = `subscription { statementAdded { text } }`;

let api: TestApi;
let readerKey: string;
const clients: Client[] = [];

before(async () => {
  api = await startTestApi(async () => {}, { rateLimit: LIMIT });
  readerKey = (await createApiKey(api.dataSource, { role: "reader", name: "Sub Scriber" })).key;
});
after(async () => {
  for (const client of clients) await client.dispose();
  await api?.close();
});

function wsClient(connectionParams?: Record<string, unknown>): Client {
  const client = createClient({ url: api.url.replace(/^http/, "ws"), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, connectionParams });
  clients.push(client);
  return client;
}

/** A subscription's outcome: the texts it received, and a promise of its error (if the server refuses it). */
function subscribe(client: Client): { texts: string[]; refused: Promise<{ message: string; extensions?: Record<string, unknown> }[]>; next: Promise<string> } {
  const texts: string[] = [];
  let received!: (text: string) => void;
  const next = new Promise<string>((resolve) => (received = resolve));
  const refused = new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve) => {
    client.subscribe<{ statementAdded: { text: string } }>({ query: SUBSCRIPTION }, {
      next: ({ data }) => {
        if (!data) return;
        texts.push(data.statementAdded.text);
        received(data.statementAdded.text);
      },
      error: (errors) => resolve(errors as { message: string; extensions?: Record<string, unknown> }[]),
      complete: () => {},
    });
  });
  return { texts, refused, next };
}

let pages = 0;

/**
 * graphql-ws does not acknowledge a subscription: stores distinct pages until `received` settles, which
 * proves the subscription is live, and returns what it received.
 */
async function storeUntilReceived(received: Promise<string>): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const body = `“Live update ${++pages},” Shoigu said.`;
    await storeExtraction(api.dataSource, extractionOf(body, { statements: [statementIn(body, `Live update ${pages},`)] }), { weapons: loadWeaponGazetteer() });
    const text = await Promise.race([received, new Promise<null>((resolve) => setTimeout(() => resolve(null), 200))]);
    if (text !== null) return text;
  }
  throw new Error("the subscription never received a stored statement");
}

const post = (key?: string) => fetch(api.url, {
  method: "POST",
  headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
  body: JSON.stringify({ query: "{ __typename }" }),
});

test("subscribe messages take tokens from the same bucket as HTTP requests: beyond the limit an error message, the socket stays open", async () => {
  assert.equal((await post()).status, 200, "one token of three, over HTTP");
  const anonymous = wsClient();
  const subscriptions = [subscribe(anonymous), subscribe(anonymous), subscribe(anonymous)];
  const errors = await Promise.any(subscriptions.map((s) => s.refused));
  assert.equal(errors.length, 1);
  assert.equal(errors[0].extensions?.code, "RATE_LIMITED");
  assert.match(errors[0].message, /^Too many requests: the limit is 3 at once.*Retry in \d+ s\./);
  assert.ok(Number(errors[0].extensions?.retryAfterSeconds) >= 1);

  const limited = await post();
  assert.equal(limited.status, 429, "the address's HTTP requests share the exhausted bucket");

  const keyed = wsClient({ authorization: `Bearer ${readerKey}` });
  const withKey = subscribe(keyed);
  assert.equal((await post(readerKey)).status, 200, "a key has a bucket of its own, shared by its socket and its requests");

  assert.match(await storeUntilReceived(withKey.next), /^Live update \d+,$/);
  const delivered = await storeUntilReceived(Promise.any(subscriptions.map((s) => s.next)));
  assert.match(delivered, /^Live update \d+,$/, "the subscriptions accepted before the refusal still receive on the same socket");
});

test("with the limit spent, the next subscribe message of the address is refused with the same error", async () => {
  const client = wsClient();
  const errors = await subscribe(client).refused;
  assert.deepEqual(errors.map((e) => e.extensions?.code), ["RATE_LIMITED"]);
});
