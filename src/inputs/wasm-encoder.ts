/**
 * Writes the bytes of a WebAssembly module (the binary format of the WebAssembly 2.0 specification,
 * https://webassembly.github.io/spec/core/binary/) from named instructions: enough for one module that
 * exports its memory and a few functions, which is all the scanners here need. No instruction is
 * checked here: `new WebAssembly.Module` validates the result and throws naming the faulty byte.
 *
 * Written by hand rather than taken from a library: the machine has no WebAssembly compiler (wabt,
 * binaryen and clang's wasm target are absent), and the one module here is small enough to read as code.
 */

/** Value types, by their byte in the binary format. */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const V128 = 0x7b;
export type ValueType = typeof I32 | typeof I64 | typeof V128;

/** A function's signature, its locals past the parameters (by type), its instructions and its exported name. */
export interface WasmFunction {
  name: string;
  params: ValueType[];
  results: ValueType[];
  locals: ValueType[];
  body: number[][];
}

/** An unsigned integer as LEB128. */
function unsigned(value: number): number[] {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return out;
}

/** A signed integer (up to 64 bits) as LEB128. */
function signed(value: bigint): number[] {
  const out: number[] = [];
  for (;;) {
    const byte = Number(value & 0x7fn);
    value >>= 7n;
    const done = (value === 0n && (byte & 0x40) === 0) || (value === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const vector = (items: number[][]): number[] => [...unsigned(items.length), ...items.flat()];
const name = (text: string): number[] => vector([...Buffer.from(text, "utf8")].map((byte) => [byte]));
const section = (id: number, content: number[]): number[] => [id, ...unsigned(content.length), ...content];
/** A SIMD instruction: the 0xFD prefix, then its number as LEB128. */
const simd = (code: number): number[] => [0xfd, ...unsigned(code)];
/** A memory access's alignment hint (log2 of bytes) and constant offset. */
const memoryArgument = (alignLog2: number, offset: number): number[] => [...unsigned(alignLog2), ...unsigned(offset)];

/** The instructions used, by their names in the specification's text format. */
export const op = {
  block: (): number[] => [0x02, 0x40],
  loop: (): number[] => [0x03, 0x40],
  if: (): number[] => [0x04, 0x40],
  end: (): number[] => [0x0b],
  /** Branches to the `depth`-th enclosing block (0: the innermost); a loop's label is its start. */
  br: (depth: number): number[] => [0x0c, ...unsigned(depth)],
  brIf: (depth: number): number[] => [0x0d, ...unsigned(depth)],
  return: (): number[] => [0x0f],
  /** Calls the module's function number `index` (their order in encodeModule). */
  call: (index: number): number[] => [0x10, ...unsigned(index)],
  localGet: (index: number): number[] => [0x20, ...unsigned(index)],
  localSet: (index: number): number[] => [0x21, ...unsigned(index)],
  localTee: (index: number): number[] => [0x22, ...unsigned(index)],
  /** Four bytes, little-endian, at any address (the alignment hint says none is promised). */
  i32Load: (offset = 0): number[] => [0x28, ...memoryArgument(0, offset)],
  i32Load8U: (offset = 0): number[] => [0x2d, ...memoryArgument(0, offset)],
  i32Load16U: (offset = 0): number[] => [0x2f, ...memoryArgument(1, offset)],
  i32Const: (value: number): number[] => [0x41, ...signed(BigInt(value | 0))],
  i64Const: (value: bigint): number[] => [0x42, ...signed(BigInt.asIntN(64, value))],
  i32Eqz: (): number[] => [0x45],
  i32Eq: (): number[] => [0x46],
  i32Ne: (): number[] => [0x47],
  i32LtU: (): number[] => [0x49],
  i32GeU: (): number[] => [0x4f],
  i64Eqz: (): number[] => [0x50],
  i32Add: (): number[] => [0x6a],
  i32Sub: (): number[] => [0x6b],
  i32Mul: (): number[] => [0x6c],
  i32And: (): number[] => [0x71],
  i32Or: (): number[] => [0x72],
  i32Xor: (): number[] => [0x73],
  i32Shl: (): number[] => [0x74],
  i32ShrU: (): number[] => [0x76],
  i64Ctz: (): number[] => [0x7a],
  i64Add: (): number[] => [0x7c],
  i64Sub: (): number[] => [0x7d],
  i64And: (): number[] => [0x83],
  i64Or: (): number[] => [0x84],
  i64Xor: (): number[] => [0x85],
  i64Shl: (): number[] => [0x86],
  i64ShrU: (): number[] => [0x88],
  i32WrapI64: (): number[] => [0xa7],
  i64ExtendI32U: (): number[] => [0xad],
  v128Load: (offset = 0): number[] => [...simd(0x00), ...memoryArgument(0, offset)],
  i8x16Splat: (): number[] => simd(0x0f),
  i8x16Eq: (): number[] => simd(0x23),
  i8x16Ne: (): number[] => simd(0x24),
  i8x16LtU: (): number[] => simd(0x26),
  i8x16GeU: (): number[] => simd(0x2c),
  v128And: (): number[] => simd(0x4e),
  v128Or: (): number[] => simd(0x50),
  i8x16Bitmask: (): number[] => simd(0x64),
  i8x16Sub: (): number[] => simd(0x71),
};

/**
 * The bytes of a module with one memory of `memoryPages` 64 KB pages (exported as "memory", growable)
 * and `functions`, each exported under its name.
 */
export function encodeModule(memoryPages: number, functions: readonly WasmFunction[]): Uint8Array<ArrayBuffer> {
  const types = functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), ...vector(f.results.map((t) => [t]))]);
  const bodies = functions.map((f) => {
    const locals = vector(f.locals.map((t) => [...unsigned(1), t]));
    const code = [...locals, ...f.body.flat(), ...op.end()];
    return [...unsigned(code.length), ...code];
  });
  const exported = [
    [...name("memory"), 0x02, ...unsigned(0)],
    ...functions.map((f, index) => [...name(f.name), 0x00, ...unsigned(index)]),
  ];
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(3, vector(functions.map((_, index) => unsigned(index)))),
    ...section(5, vector([[0x00, ...unsigned(memoryPages)]])),
    ...section(7, vector(exported)),
    ...section(10, vector(bodies)),
  ]);
}
