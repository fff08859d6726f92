import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// Replays the committed fuzz inputs (seeds and every input that once crashed) through the
/// readers the fuzz targets drive, so a fixed crash stays fixed without running the fuzzer.
struct FuzzCorpusTests {
    static func inputs(_ target: String) -> [URL] {
        let folder = AnswersReaderTests.root.appendingPathComponent("Fuzz/Corpus/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func everyDialogueInputCompilesOrIsDiagnosedInsideTheFile() throws {
        let files = Self.inputs("FuzzDialogue")
        #expect(files.count >= 5)
        for file in files {
            let data = try Data(contentsOf: file)
            switch DialogueFileReader.source(path: file.lastPathComponent, data: data) {
            case .failure(let diagnostic):
                #expect(diagnostic.location.file == file.lastPathComponent)
            case .success(let source):
                let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).count
                for diagnostic in GraphCompiler.compile([source]).diagnostics where diagnostic.location.file == source.path {
                    #expect((1...max(lines, 1)).contains(diagnostic.location.line), "\(diagnostic)")
                }
            }
        }
    }

    @Test func everyAnswersInputIsReadOrRefusedWithAReason() throws {
        let files = Self.inputs("FuzzAnswersFile")
        #expect(files.count >= 3)
        for file in files {
            switch AnswersReader.read(try Data(contentsOf: file), graph: AnswersReaderTests.graph) {
            case .success: continue
            case .failure(.unreadable(let reason)): #expect(!reason.isEmpty)
            case .failure(.invalid(let problems)): #expect(!problems.isEmpty)
            }
        }
    }
}
