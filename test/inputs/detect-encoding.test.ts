import assert from "node:assert/strict";
import { test } from "node:test";
import iconv from "iconv-lite";
import { decodeText, detectEncoding } from "../../src/inputs/detect-encoding";
import { recoverMisreadText } from "../../src/inputs/decode-page";
import { MAX_PAGE_BYTES, decodeInput } from "../../src/inputs/read-input";
import { InputError } from "../../src/errors/input-error";

const RUSSIAN = "МОСКВА, 3 марта. «Мы выполним все обязательства по поставкам», — заявил министр обороны Сергей Шойгу журналистам во вторник.";
/** The same in the characters KOI8-R and CP866 have (no « » or —). */
const RUSSIAN_PLAIN = RUSSIAN.replace(/[«»]/g, '"').replace("—", "-");
const ENGLISH = "BAKU, May 3. “We bought what we need,” Ilham Aliyev said on Tuesday — and Israel delivered the drones.";
const FRENCH = "PARIS, 3 mai. « Nous avons livré les hélicoptères à l'Égypte », a déclaré le ministre des Armées, mardi, à la presse.";
const bom = { le: Buffer.from([0xff, 0xfe]), be: Buffer.from([0xfe, 0xff]) };

test("detectEncoding: byte-order marks, UTF-8, UTF-16 without a mark, the Cyrillic code pages, Windows-1252, binary", () => {
  const cases: [Buffer, string | null, string][] = [
    [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RUSSIAN)]), "utf-8", RUSSIAN],
    [Buffer.from(ENGLISH), "utf-8", ENGLISH],
    [Buffer.concat([bom.le, iconv.encode(RUSSIAN, "utf-16le")]), "utf-16le", RUSSIAN],
    [Buffer.concat([bom.be, iconv.encode(ENGLISH, "utf-16be")]), "utf-16be", ENGLISH],
    [iconv.encode(RUSSIAN, "utf-16le"), "utf-16le", RUSSIAN],
    [iconv.encode(ENGLISH, "utf-16be"), "utf-16be", ENGLISH],
    [iconv.encode(RUSSIAN, "windows-1251"), "windows-1251", RUSSIAN],
    [iconv.encode(RUSSIAN_PLAIN, "koi8-r"), "koi8-r", RUSSIAN_PLAIN],
    [iconv.encode(RUSSIAN_PLAIN, "ibm866"), "ibm866", RUSSIAN_PLAIN],
    [iconv.encode(RUSSIAN_PLAIN, "iso-8859-5"), "iso-8859-5", RUSSIAN_PLAIN],
    [iconv.encode(FRENCH, "windows-1252"), "windows-1252", FRENCH],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), null, ""],
  ];
  for (const [bytes, encoding, text] of cases) {
    assert.equal(detectEncoding(bytes), encoding, text.slice(0, 20));
    if (encoding) assert.equal(decodeText(bytes, encoding as never), text);
  }
});

test("decodeInput refuses a page over MAX_PAGE_BYTES naming its size and the limit, and binary data", () => {
  assert.throws(() => decodeInput(Buffer.alloc(MAX_PAGE_BYTES + 1, 0x61), "big.txt"),
    (error: Error) => error instanceof InputError && /big\.txt is 1 MB \(1,048,577 bytes\), over the 1 MB limit for one article \(1,048,576 bytes\)/.test(error.message));
  assert.equal(decodeInput(Buffer.alloc(MAX_PAGE_BYTES, 0x61), "limit.txt").length, MAX_PAGE_BYTES);
  assert.throws(() => decodeInput(Buffer.from([0, 1, 2, 3, 0, 0, 255]), "x.bin"), /looks like binary data/);
});

test("recoverMisreadText: files read one byte per character or UTF-16 read as UTF-8 are decoded again; good text is left alone", () => {
  const utf16 = Buffer.concat([bom.le, iconv.encode(RUSSIAN + " " + ENGLISH, "utf-16le")]);
  assert.equal(recoverMisreadText(utf16.toString("latin1")), `${RUSSIAN} ${ENGLISH}`);
  const utf16be = Buffer.concat([bom.be, iconv.encode(RUSSIAN, "utf-16be")]);
  assert.equal(recoverMisreadText(utf16be.toString("latin1")), RUSSIAN);
  // Read as UTF-8: the mark becomes two U+FFFD and every high byte a NUL; Cyrillic and typographic quotes survive, « » (bytes 0xAB, 0xBB) cannot.
  const asUtf8 = new TextDecoder().decode(utf16);
  assert.ok(asUtf8.startsWith("\ufffd\ufffd") && asUtf8.includes("\u0000"));
  assert.equal(recoverMisreadText(asUtf8), `${RUSSIAN} ${ENGLISH}`.replace(/[«»]/g, "\ufffd"));
  assert.equal(recoverMisreadText(iconv.encode(RUSSIAN, "windows-1251").toString("latin1")), RUSSIAN);
  assert.equal(recoverMisreadText(Buffer.from(RUSSIAN).toString("latin1")), RUSSIAN, "UTF-8 read as Latin-1");
  for (const good of [RUSSIAN, ENGLISH, FRENCH, "Müller and Ørsted said “yes”."]) assert.equal(recoverMisreadText(good), good);
  assert.equal(recoverMisreadText(`\ufeff${ENGLISH}`), ENGLISH);
});
