import DialogueAuthoring
import DialogueCore
import FoundationEssentials
import Glibc

/// `check --transcripts DIR --coverage`: replays every transcript and reports what they cover,
/// failing when a figure is under the threshold file's.
struct CoverageCheck {
    let dialogue: AuthoredDialogue
    let directory: String
    let thresholdFile: String?

    /// Prints the report; returns whether every figure reaches its threshold.
    func run() throws -> Bool {
        let transcriptNames = (try? FileManager.default.contentsOfDirectory(atPath: directory))?
            .filter { $0.hasSuffix(".jsonl") }.sorted() ?? []
        var visits = VisitRecord()
        for name in transcriptNames {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            let file = try TranscriptFile.read(url)
            if let problem = CoverageReplay.replay(file.transcript, in: dialogue, into: &visits) {
                print(Sanitizer.clean("\(url.path):\(problem.line): coverage stops here: \(problem.message)"))
            }
        }
        let report = CoverageReport(dialogue, visits: visits)
        print("coverage over \(transcriptNames.count) transcript\(transcriptNames.count == 1 ? "" : "s"):")
        print(Sanitizer.clean(report.text))
        guard let thresholdFile else { return true }
        let thresholds = try Self.thresholds(thresholdFile)
        var reached = true
        for category in report.categories {
            guard let minimum = thresholds[category.name], category.percent < minimum else { continue }
            reached = false
            print("\(thresholdFile): \(category.name) coverage is \(CoverageReport.format(category.percent))%, under the threshold of \(Self.number(minimum))%")
        }
        if reached { print("\(thresholdFile): every figure reaches its threshold") }
        return reached
    }

    /// `nodes: 80` lines: the least percentage of each category (`nodes`, `edges`, `content`,
    /// `placeholders`); a category not named has no threshold.
    static func thresholds(_ path: String) throws(CoachError) -> [String: Double] {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw CoachError.thresholdInvalid(path, "cannot read it")
        }
        let entries: [(name: String, value: SettingsFile.Value)]
        switch SettingsFile.entries(in: text) {
        case .success(let read): entries = read ?? []
        case .failure(.unreadable(let reason)): throw CoachError.thresholdInvalid(path, reason)
        case .failure(.notAMap): throw CoachError.thresholdInvalid(path, "it should map categories to percentages, such as 'nodes: 80'")
        }
        let known = ["nodes", "edges", "content", "placeholders"]
        var thresholds: [String: Double] = [:]
        for (name, value) in entries {
            guard known.contains(name) else {
                throw CoachError.thresholdInvalid(path, "'\(name)' is not a category; use \(known.joined(separator: ", "))")
            }
            guard case .text(let written) = value, let number = Double(written), (0...100).contains(number) else {
                throw CoachError.thresholdInvalid(path, "'\(name)' should be a percentage from 0 to 100")
            }
            thresholds[name] = number
        }
        return thresholds
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
