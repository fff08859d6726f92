import DialogueCore
import FuzzSupport

/// One input is one typed answer, parsed for every question of the shipped dialogues.
@_cdecl("FuzzAnswer_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzAnswer)
}

private func fuzzAnswer(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = bytes else { return 0 }
    let text = String(decoding: fuzzData(start, count), as: UTF8.self)
    for declaration in shippedGraph.variables where !declaration.isDerived {
        _ = AnswerParser.parse(text, for: declaration)
    }
    return 0
}
