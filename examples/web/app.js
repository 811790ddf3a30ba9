// Lists the latest statements (speaker, date, outlet) from an armsgraph server on another origin, and
// filters them by speaker name. The server is ?api=URL, by default http://localhost:4000/graphql; it must
// list this page's origin in CORS_ORIGINS. Plain browser JavaScript: no build step, no dependency.
"use strict";

const API = new URLSearchParams(location.search).get("api") || "http://localhost:4000/graphql";

const LATEST = `query LatestStatements($speaker: String) {
  statements(first: 20, filter: { speakerName: $speaker }) {
    totalCount
    edges { node { id text saidOn speaker { name } outlet { name } } }
  }
}`;

/** POSTs a GraphQL operation as JSON (which passes the server's CSRF prevention) and returns its data. */
async function graphql(query, variables) {
  const response = await fetch(API, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((error) => error.message).join("; "));
  return body.data;
}

/** Replaces the list by one item per statement; text goes in as text, never as HTML. */
function show(statements) {
  const list = document.getElementById("statements");
  list.replaceChildren(...statements.edges.map(({ node }) => {
    const item = document.createElement("li");
    item.className = "statement";
    const quote = document.createElement("q");
    quote.textContent = node.text;
    const meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = [node.speaker ? node.speaker.name : "unknown speaker", node.saidOn || "undated", node.outlet ? node.outlet.name : "unknown outlet"].join(" · ");
    item.append(quote, meta);
    return item;
  }));
  document.getElementById("status").textContent = statements.totalCount === 0 ? "No statements match." : "";
  document.body.dataset.count = String(statements.totalCount);
}

async function load(speaker) {
  try {
    show((await graphql(LATEST, { speaker: speaker || null })).statements);
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
