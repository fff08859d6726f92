import FoundationEssentials
import Glibc

/// Finds the dialogues directory whatever the working directory.
///
/// In order: `--dialogues DIR`; `$PRELIM_COACH_DIALOGUES`; `dialogues/` beside the executable or
/// in `../share/prelim-coach/` from it; the first `dialogues/` found walking up from the
/// executable (a `swift build` tree); the checkout the binary was built from (so a copied
/// release build still finds it); `./dialogues`.
struct DialogueLocator {
    var explicit: String?
    var environment: [String: String] = Environment.current

    func locate() throws(CoachError) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        let candidates = candidates()
        if let found = candidates.first(where: Self.isDialogueDirectory) { return found }
        throw CoachError.dialoguesNotFound(searched: candidates.map(\.path))
    }

    func candidates() -> [URL] {
        var urls: [URL] = []
        if let variable = environment["PRELIM_COACH_DIALOGUES"], !variable.isEmpty {
            urls.append(URL(fileURLWithPath: variable))
        }
        if let executable = Self.executableDirectory() {
            urls.append(executable.appendingPathComponent("dialogues"))
            urls.append(executable.appendingPathComponent("../share/prelim-coach/dialogues").standardizedFileURL)
            var directory = executable
            while directory.path != "/" {
                directory = directory.deletingLastPathComponent()
                urls.append(directory.appendingPathComponent("dialogues"))
            }
        }
        urls.append(Self.buildCheckout.appendingPathComponent("dialogues"))
        urls.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("dialogues"))
        var seen: Set<String> = []
        return urls.filter { seen.insert($0.path).inserted }
    }

    /// A directory holding the content catalogue is a dialogues directory, not any folder of that name.
    static func isDialogueDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("content.yaml").path)
    }

    private static func executableDirectory() -> URL? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first.flatMap { $0.contains("/") ? $0 : nil }
        return path.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
    }

    /// The package root this file was compiled in: Sources/prelim-coach/Store/ is three levels down.
    private static let buildCheckout = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
