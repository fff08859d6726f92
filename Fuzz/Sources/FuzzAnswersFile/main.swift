import DialogueAuthoring
import FuzzSupport

/// One input is one `--answers` file, checked against the shipped declarations.
@_cdecl("FuzzAnswersFile_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzAnswersFile)
}

private func fuzzAnswersFile(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = bytes else { return 0 }
    _ = AnswersReader.read(fuzzData(start, count), graph: shippedGraph)
    return 0
}
