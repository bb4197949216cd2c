/// One instruction of the register VM. Registers (`R`) are frame-relative slot numbers;
/// labels (`L`) are instruction indices within the same `FunctionCode`.
///
/// Calling convention (Lua style): arguments are placed in consecutive registers
/// starting at `base`; the callee's frame starts there (its r0 is the caller's r[base]),
/// and the result comes back in r[base]. Everything at or above `base` is clobbered.
enum Instr {
    // Data movement
    case move(dst: Int, src: Int)
    case loadConst(dst: Int, index: Int)
    /// self()
    case selfPid(dst: Int)

    // Arithmetic and comparison (raise badarith / never raise)
    case add(dst: Int, a: Int, b: Int)
    case sub(dst: Int, a: Int, b: Int)
    /// `a + imm`, `a - imm` with a constant integer operand.
    case addImm(dst: Int, a: Int, imm: Int)
    case subImm(dst: Int, a: Int, imm: Int)
    /// `ret` of `a + b` / `a + imm` (see `FunctionCompiler.fuseReturns`).
    case addRet(a: Int, b: Int)
    case addImmRet(a: Int, imm: Int)
    case arith(ArithOp, dst: Int, a: Int, b: Int)
    case neg(dst: Int, src: Int)
    case bnot(dst: Int, src: Int)
    case not(dst: Int, src: Int)
    case cmp(CmpOp, dst: Int, a: Int, b: Int)
    /// Jumps to `fail` unless `a op b` holds.
    case jumpUnlessCmp(CmpOp, a: Int, b: Int, fail: Int)
    /// Jumps to `fail` unless `a op consts[index]` holds.
    case jumpUnlessCmpConst(CmpOp, a: Int, index: Int, fail: Int)
    /// and/or/xor on booleans (badarg otherwise).
    case boolOp(BoolOp, dst: Int, a: Int, b: Int)

    // Construction
    /// Moves r[base..<base+count] (temporaries that die here) into a new tuple.
    case makeTuple(dst: Int, base: Int, count: Int)
    case makeCons(dst: Int, head: Int, tail: Int)
    case makeMap(dst: Int, base: Int, pairs: Int)
    /// Map update: `exact` bitmask-free: one instruction per field (`:=` raises {badkey,K}).
    case mapPut(dst: Int, map: Int, key: Int, value: Int, exact: Bool)
    case checkMap(src: Int)                       // raise {badmap, V} unless a map
    case makeFun(dst: Int, lambda: Int, base: Int, count: Int)
    /// Segments bitSegments[first..<first+count]; segment i's value in r[base+2i], size in r[base+2i+1].
    case makeBinary(dst: Int, first: Int, count: Int, base: Int)
    case append(dst: Int, a: Int, b: Int)         // ++
    case subtract(dst: Int, a: Int, b: Int)       // --

    // Pattern tests (jump to `fail` on mismatch)
    case testTuple(src: Int, arity: Int, fail: Int)
    case testCons(src: Int, fail: Int)
    case testNil(src: Int, fail: Int)
    case testMap(src: Int, fail: Int)
    case testEq(a: Int, b: Int, fail: Int)        // exact (=:=)
    case testConst(src: Int, index: Int, fail: Int)
    case testTrue(src: Int, fail: Int)
    case testType(TypeTest, src: Int, fail: Int)
    case testRecord(src: Int, name: Int, size: Int, fail: Int)  // name = const index
    case getElement(dst: Int, src: Int, index: Int)  // 0-based, unchecked (after testTuple)
    case getHead(dst: Int, src: Int)
    case getTail(dst: Int, src: Int)
    case getMapValue(dst: Int, map: Int, key: Int, fail: Int)
    // Bit-syntax matching: the binary is in `bin`, the current bit offset (.int) in `offset`.
    case bsStart(src: Int, offset: Int, fail: Int)
    case bsGet(segment: Int, bin: Int, offset: Int, dst: Int, size: Int, fail: Int)  // size reg or -1
    case bsTestEnd(bin: Int, offset: Int, fail: Int)

    // Records (expressions)
    case recordGet(dst: Int, src: Int, name: Int, size: Int, index: Int)
    case recordSet(dst: Int, src: Int, name: Int, size: Int, index: Int, value: Int)

    // Control
    case jump(Int)
    case jumpIfTrue(src: Int, target: Int)        // src must be boolean (badarg-free: used after checks)
    case callLocal(function: Int, base: Int, argc: Int)
    /// Arguments r[base+i] move to r[i], except those whose bit is set in `keep` (already in place).
    case tailCallLocal(function: Int, argc: Int, base: Int, keep: Int)
    case callExt(importIndex: Int, base: Int, argc: Int)
    case tailCallExt(importIndex: Int, base: Int, argc: Int)
    /// Fun in r[base+argc].
    case callFun(base: Int, argc: Int)
    case tailCallFun(base: Int, argc: Int)
    /// Module in r[base+argc], function in r[base+argc+1].
    case callDynamic(base: Int, argc: Int)
    case tailCallDynamic(base: Int, argc: Int)
    case ret(src: Int)

    // Errors
    case raise(ErrorKind, src: Int)
    case functionClause
    /// Re-raise the exception whose class/reason/stack are in r[src], r[src+1], r[src+2].
    case reraise(src: Int)

    // Exception handlers: class/reason/stack land in r[dst], r[dst+1], r[dst+2].
    case tryBegin(handler: Int, dst: Int)
    case tryEnd
    case catchBegin(handler: Int, dst: Int)  // `catch E`: result of the handler is in r[dst]
    case catchEnd
    /// Handler that turns any exception into a jump (guards: an exception makes the guard fail).
    case guardBegin(fail: Int)
    case guardEnd

    // Messages
    case send(dst: Int, to: Int, msg: Int)
    case recvPeek(dst: Int, wait: Int)      // current message -> dst, or jump to `wait` if none left
    case recvNext(loop: Int)                // skip current message, jump to `loop`
    case recvAccept                         // remove the current message, reset the cursor
    /// Suspend until a new message or the timeout in r[timeout] (-1 reg = infinity).
    /// On new message jump to `loop`; on timeout fall through.
    case recvWait(timeout: Int, loop: Int)
}

enum ArithOp {
    case mul, fdiv, idiv, rem, band, bor, bxor, bsl, bsr

    /// The operator's name as an erlang function (for stack traces).
    var operatorName: String {
        switch self {
        case .mul: return "*"
        case .fdiv: return "/"
        case .idiv: return "div"
        case .rem: return "rem"
        case .band: return "band"
        case .bor: return "bor"
        case .bxor: return "bxor"
        case .bsl: return "bsl"
        case .bsr: return "bsr"
        }
    }
}
enum CmpOp { case lt, le, gt, ge, eq, ne, exactEq, exactNe }
enum BoolOp {
    case and, or, xor

    var operatorName: String {
        switch self {
        case .and: return "and"
        case .or: return "or"
        case .xor: return "xor"
        }
    }
}
enum TypeTest { case atom, integer, float, number, list, tuple, map, binary, bitstring, pid, reference, function, boolean }
enum ErrorKind { case badmatch, caseClause, ifClause, tryClause, error, exit, `throw`, badRecordValue }
