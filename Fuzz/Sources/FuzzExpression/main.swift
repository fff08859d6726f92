import DialogueCore
import FuzzSupport

/// One input is one condition: parsed, then type-checked against the shipped declarations.
@_cdecl("FuzzExpression_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzExpression)
}

private func fuzzExpression(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = bytes else { return 0 }
    let text = String(decoding: fuzzData(start, count), as: UTF8.self)
    guard case .success(let syntax) = ExpressionParser.parse(text) else { return 0 }
    for expected in [nil, ValueType.bool] {
        _ = ExpressionChecker.check(syntax, expecting: expected, variables: shippedGraph.variables)
    }
    return 0
}
