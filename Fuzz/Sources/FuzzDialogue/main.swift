import DialogueAuthoring
import FuzzSupport

/// One input is one dialogue file: read, parsed, compiled and checked by every rule.
@_cdecl("FuzzDialogue_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzDialogue)
}

private func fuzzDialogue(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = bytes else { return 0 }
    switch DialogueFileReader.source(path: "fuzz.yaml", data: fuzzData(start, count)) {
    case .success(let source):
        let result = GraphCompiler.compile([source])
        for diagnostic in result.diagnostics { _ = diagnostic.description }
    case .failure(let diagnostic):
        _ = diagnostic.description
    }
    return 0
}
