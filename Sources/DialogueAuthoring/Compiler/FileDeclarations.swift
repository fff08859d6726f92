import DialogueCore

/// One file's declarations compiled as far as they go alone, each with its findings kept apart,
/// so that a declaration whose name an earlier file declared can be dropped with its findings
/// when the files are joined. Only a derived value's document is kept: its derivation is compiled
/// once every file's declarations are known.
struct FileDeclarations: Sendable {
    /// Every declaration's name as written, in file order.
    private(set) var names: [SourceText] = []
    private var bases: [VariableDecl?] = []
    /// The documents of derived values, by index.
    private var derived: [Int: VariableDocument] = [:]
    private var diagnostics: [Diagnostic] = []
    private var diagnosticEnds = RunEnds()

    init() {}

    init(_ documents: [VariableDocument]) {
        var compiler = DeclarationCompiler()
        for document in documents {
            if document.isDerived { derived[names.count] = document }
            names.append(document.name)
            bases.append(compiler.declaration(document))
            diagnostics += compiler.takeDiagnostics()
            diagnosticEnds.close(at: diagnostics.count)
        }
    }

    /// Joins files' declarations in file order: each name's first declaration, its findings
    /// added to `diagnostics`, and a repeat reported (PC006) with its own findings dropped. The
    /// derived values' documents come apart, by the position of their declaration: beside each
    /// declaration, an optional document (408 bytes, nearly always absent) tripled the list.
    static func join(
        _ files: [FileDeclarations], into diagnostics: inout [Diagnostic]
    ) -> (bases: [VariableDecl], derived: [Int: VariableDocument]) {
        let count = files.reduce(0) { $0 + $1.names.count }
        var seen: [String: SourceLocation] = [:]
        seen.reserveCapacity(count)
        var bases: [VariableDecl] = []
        bases.reserveCapacity(count)
        var derived: [Int: VariableDocument] = [:]
        for file in files {
            for index in file.names.indices {
                let name = file.names[index]
                if let first = seen[name.text] {
                    diagnostics.append(Diagnostic(.duplicateVariable, at: name.location, "'\(name.text)' is already declared at \(first)"))
                    continue
                }
                seen[name.text] = name.location
                diagnostics += file.diagnostics[file.diagnosticEnds.range(of: index)]
                guard let base = file.bases[index] else { continue }
                if let document = file.derived[index] { derived[bases.count] = document }
                bases.append(base)
            }
        }
        return (bases, derived)
    }

    /// The documents of the derived values, in file order.
    var derivedDocuments: [VariableDocument] {
        derived.keys.sorted().compactMap { derived[$0] }
    }
}
