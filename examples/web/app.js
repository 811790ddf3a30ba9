// Lists the latest statements (speaker, date, outlet) from an armsgraph server on another origin, filters them
// by speaker name, and adds new statements as they are stored, through the statementAdded subscription
// (graphql-ws, vendor/graphql-ws.min.js). The server is ?api=URL, by default http://localhost:4000/graphql; it
// must list this page's origin in CORS_ORIGINS. Plain browser JavaScript: no build step.
"use strict";

const API = new URLSearchParams(location.search).get("api") || "http://localhost:4000/graphql";

const STATEMENT_FIELDS = "id text saidOn speaker { name } outlet { name }";

const LATEST = `query LatestStatements($speaker: String) {
  statements(first: 20, filter: { speakerName: $speaker }) {
    totalCount
    edges { node { ${STATEMENT_FIELDS} } }
  }
}`;

const ADDED = `subscription StatementAdded($speaker: String) {
  statementAdded(filter: { speakerName: $speaker }) { ${STATEMENT_FIELDS} }
}`;

/** POSTs a GraphQL operation as JSON (which passes the server's CSRF prevention) and returns its data. */
async function graphql(query, variables) {
  const response = await fetch(API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join("; "));
  return body.data;
}

/** One list item for a statement, keyed by its global id (data-id); text goes in as text, never as HTML. */
function item(node) {
  const entry = document.createElement("li");
  entry.className = "statement";
  entry.dataset.id = node.id;
  const quote = document.createElement("q");
  quote.textContent = node.text;
  const meta = document.createElement("div");
  meta.className = "meta";
  meta.textContent = [node.speaker ? node.speaker.name : "unknown speaker", node.saidOn || "undated", node.outlet ? node.outlet.name : "unknown outlet"].join(" · ");
  entry.append(quote, meta);
  return entry;
}

/** Shows the number of statements in the status line and on the page (data-count, read by the test). */
function showCount(count) {
  document.getElementById("status").textContent = count === 0 ? "No statements match." : "";
  document.body.dataset.count = String(count);
}

/** Replaces the list by one item per statement. */
function show(statements) {
  document.getElementById("statements").replaceChildren(...statements.edges.map(({ node }) => item(node)));
  showCount(statements.totalCount);
}

/** Puts a statement the server just stored at the top of the list, marked as new, unless the list shows it already. */
function prepend(node) {
  if ([...document.querySelectorAll("#statements > li")].some((shown) => shown.dataset.id === node.id)) return;
  const entry = item(node);
  entry.classList.add("live");
  document.getElementById("statements").prepend(entry);
  showCount(Number(document.body.dataset.count || 0) + 1);
}

/** Shows the state of the live connection beside the title (and as data-live="on"/"off" on the page). */
function showLive(text, state) {
  document.getElementById("live").textContent = text;
  document.body.dataset.live = state;
}

/** A subscription's failure as text: GraphQL errors (a list), an Error, or the socket's close event. */
function reason(error) {
  if (Array.isArray(error)) return error.map((e) => e.message).join("; ");
  return error.message || error.reason || `socket closed (${error.code})`;
}

// The WebSocket opens with the first subscription and reconnects by itself when the server restarts.
const live = graphqlWs.createClient({
  url: API.replace(/^http/, "ws"),
  on: { connected: () => showLive("● live", "on"), closed: () => showLive("○ reconnecting…", "off") },
});
let unsubscribe = () => {};

/** Follows the statements of one speaker (or all) as they are stored; a new search replaces the subscription. */
function follow(speaker) {
  unsubscribe();
  unsubscribe = live.subscribe({ query: ADDED, variables: { speaker: speaker || null } }, {
    next: ({ data }) => data && prepend(data.statementAdded),
    error: (error) => showLive(`live updates stopped: ${reason(error)}`, "error"),
    complete: () => {},
  });
}

async function load(speaker) {
  try {
    show((await graphql(LATEST, { speaker: speaker || null })).statements);
    follow(speaker);
  } catch (error) {
    document.getElementById("status").textContent = `Could not read ${API}: ${error.message}. Is the server running, with this page's origin (${location.origin}) in CORS_ORIGINS?`;
    document.body.dataset.count = "error";
  }
}

document.getElementById("search").addEventListener("submit", (event) => {
  event.preventDefault();
  load(document.getElementById("speaker").value.trim());
});
load("");
