// The floor: the same three answers as armsgraph (same JSON), each from ONE hand-written SQL query
// with joins (the page of statements is cut first, in a subquery, then joined), over plain node:http and the same driver (better-sqlite3 or pg). Nothing else: no
// GraphQL, no ORM, no validation. Prints one JSON line { url } when listening.
//   GET /feed         50 statements with speaker, via, article and outlet (SAID_ON DESC, id DESC)
//   GET /actor?id=N   an actor with its 50 latest statements and their articles
//   GET /deals        50 deals (id order) with supplier, recipient and their first 100 evidence rows (the API's page bound) with their article
const http = require("node:http");
const path = require("node:path");
const { root } = require("./paths.cjs");

const url = process.env.DATABASE_URL;
const postgres = /^postgres(ql)?:\/\//.test(url);
const q = (name) => `"${name}"`;

const FEED = `
SELECT s.id, s.text, s.kind, s.${q("saidOn")} AS said_on, s.${q("saidOnPrecision")} AS said_on_precision, s.language, s.confidence,
       sp.id AS sp_id, sp.name AS sp_name, sp.kind AS sp_kind, v.id AS v_id, v.name AS v_name,
       a.id AS a_id, a.title AS a_title, a.url AS a_url, a.${q("publishedAt")} AS a_published, o.id AS o_id, o.name AS o_name
  FROM (SELECT * FROM statements ORDER BY COALESCE(${q("saidOn")}, '') DESC, id DESC LIMIT 50) s
  JOIN articles a ON a.id = s.${q("articleId")}
  LEFT JOIN actors sp ON sp.id = s.${q("speakerId")}
  LEFT JOIN actors v ON v.id = s.${q("viaId")}
  LEFT JOIN actors o ON o.id = a.${q("outletId")}
 ORDER BY COALESCE(s.${q("saidOn")}, '') DESC, s.id DESC`;

const ACTOR = (p) => `
SELECT act.id AS act_id, act.name AS act_name, act.kind AS act_kind,
       s.id, s.text, s.kind, s.${q("saidOn")} AS said_on, a.id AS a_id, a.title AS a_title, a.url AS a_url, a.${q("publishedAt")} AS a_published
  FROM actors act
  LEFT JOIN (SELECT * FROM statements WHERE ${q("speakerId")} = ${p} ORDER BY COALESCE(${q("saidOn")}, '') DESC, id DESC LIMIT 50) s ON 1 = 1
  LEFT JOIN articles a ON a.id = s.${q("articleId")}
 WHERE act.id = ${p}
 ORDER BY COALESCE(s.${q("saidOn")}, '') DESC, s.id DESC`;

const DEALS = `
SELECT d.id, d.items, d.designation, d.category, d.status, d.${q("valueText")} AS value_text, d.amount, d.currency, d.period,
       sup.id AS sup_id, sup.name AS sup_name, rec.id AS rec_id, rec.name AS rec_name,
       e.id AS e_id, e.excerpt, a.id AS a_id, a.title AS a_title, a.url AS a_url
  FROM (SELECT * FROM deals ORDER BY id LIMIT 50) d
  LEFT JOIN actors sup ON sup.id = d.${q("supplierId")}
  LEFT JOIN actors rec ON rec.id = d.${q("recipientId")}
  LEFT JOIN (SELECT *, ROW_NUMBER() OVER (PARTITION BY ${q("dealId")} ORDER BY id) AS nth FROM deal_evidence) e ON e.${q("dealId")} = d.id AND e.nth <= 100
  LEFT JOIN articles a ON a.id = e.${q("articleId")}
 ORDER BY d.id, e.id`;

// The API's global ids (src/modules/common/global-id.ts): base64url of "Type:rowId".
const id = (type, v) => (v === null || v === undefined ? null : Buffer.from(`${type}:${v}`, "utf8").toString("base64url"));
const ref = (i, name, extra = {}) => (i === null || i === undefined ? null : { id: id("Actor", i), name, ...extra });

function feedJson(rows) {
  return { data: { statements: { edges: rows.map((r) => ({ node: {
    id: id("Statement", r.id), text: r.text, kind: r.kind, saidOn: r.said_on, saidOnPrecision: r.said_on_precision, language: r.language, confidence: r.confidence,
    speaker: ref(r.sp_id, r.sp_name, { kind: r.sp_kind }), via: ref(r.v_id, r.v_name),
    article: { id: id("Article", r.a_id), title: r.a_title, url: r.a_url, publishedAt: r.a_published, outlet: ref(r.o_id, r.o_name) },
  } })) } } };
}

function actorJson(rows) {
  if (!rows.length) return { data: { actor: null } };
  const r0 = rows[0];
  return { data: { actor: { id: id("Actor", r0.act_id), name: r0.act_name, kind: r0.act_kind, statements: { edges: rows.filter((r) => r.id !== null).map((r) => ({ node: {
    id: id("Statement", r.id), text: r.text, kind: r.kind, saidOn: r.said_on, article: { id: id("Article", r.a_id), title: r.a_title, url: r.a_url, publishedAt: r.a_published },
  } })) } } } };
}

function dealsJson(rows) {
  const deals = [];
  let current = null;
  let currentId = null;
  for (const r of rows) {
    if (!current || currentId !== r.id) {
      currentId = r.id;
      current = { id: id("Deal", r.id), items: JSON.parse(r.items), designation: r.designation, category: r.category, status: r.status, valueText: r.value_text,
        amount: r.amount, currency: r.currency, period: r.period, supplier: ref(r.sup_id, r.sup_name), recipient: ref(r.rec_id, r.rec_name), evidence: [] };
      deals.push(current);
    }
    if (r.e_id !== null) current.evidence.push({ excerpt: r.excerpt, article: { id: id("Article", r.a_id), title: r.a_title, url: r.a_url } });
  }
  return { data: { deals: { edges: deals.map((node) => ({ node })) } } };
}

async function main() {
  let run;
  if (postgres) {
    const { Pool } = require(path.join(root, "node_modules", "pg"));
    const pool = new Pool({ connectionString: url, max: 10 });
    run = async (sql, params = []) => (await pool.query(sql, params)).rows;
  } else {
    const Database = require(path.join(root, "node_modules", "better-sqlite3"));
    const file = url.replace(/^(sqlite|file):(\/\/)?/, "");
    const db = new Database(file, { readonly: true });
    db.pragma("journal_mode = WAL");
    const cache = new Map();
    run = async (sql, params = []) => {
      let st = cache.get(sql);
      if (!st) cache.set(sql, (st = db.prepare(sql)));
      return st.all(...params);
    };
  }
  const actorSql = ACTOR(postgres ? "$1" : "?");
  const actorParams = (n) => (postgres ? [n] : [n, n]);
  const server = http.createServer(async (req, res) => {
    try {
      const u = new URL(req.url, "http://x");
      let body;
      if (u.pathname === "/feed") body = feedJson(await run(FEED));
      else if (u.pathname === "/actor") body = actorJson(await run(actorSql, actorParams(Number(u.searchParams.get("id")))));
      else if (u.pathname === "/deals") body = dealsJson(await run(DEALS));
      else { res.writeHead(404).end(); return; }
      const text = JSON.stringify(body);
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error && error.stack));
    }
  });
  server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`);
  });
  process.on("SIGTERM", () => process.exit(0));
}
main().catch((e) => { console.error(e); process.exit(1); });
