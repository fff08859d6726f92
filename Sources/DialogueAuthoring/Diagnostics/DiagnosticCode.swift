/// The stable codes of the checker's findings. `dialogues/README.md` shows each with an example;
/// a code is never reused for a different finding.
public enum DiagnosticCode: String, Hashable, Sendable, CaseIterable {
    /// The file cannot be read as YAML.
    case yamlSyntax = "PC001"
    /// A value has the wrong shape: a list where a mapping belongs, text where a number does.
    case wrongShape = "PC002"
    /// A key the format does not know.
    case unknownKey = "PC003"
    /// A required key is missing.
    case missingKey = "PC004"
    /// A variable declaration contradicts itself (range, options, default, name).
    case badDeclaration = "PC005"
    /// A variable is declared twice.
    case duplicateVariable = "PC006"
    /// Two nodes share an id.
    case duplicateNode = "PC007"
    /// No file names the start node, or more than one does.
    case startMissing = "PC008"
    /// A condition or value expression does not parse.
    case expressionSyntax = "PC009"
    /// A name that is not a declared variable.
    case undeclaredVariable = "PC010"
    /// A value of the wrong type for where it is used.
    case typeMismatch = "PC011"
    /// `next`, `goto`, `otherwise` or `start` names no node.
    case unknownNode = "PC012"
    /// A choice key that is not one of the variable's options.
    case unknownChoiceKey = "PC013"
    /// A branch without a final `otherwise`.
    case branchWithoutFallback = "PC014"
    /// A node the conversation can never reach.
    case unreachableNode = "PC015"
    /// A node with no way on, or from which no end can be reached.
    case deadEnd = "PC016"
    /// A loop that asks nothing, so the conversation would never stop.
    case silentLoop = "PC017"
    /// A dialogue text whose tags do not parse, or uses unsupported tags.
    case templateSyntax = "PC018"
    /// A template placeholder that is not bound on every path reaching it.
    case unboundPlaceholder = "PC019"
    /// Derived values that depend on each other in a circle.
    case derivedCycle = "PC020"
    /// A content id of CONTENT.md that no reachable node covers.
    case uncoveredContent = "PC021"
    /// A `covers:` id that is not in the content catalogue.
    case unknownContentID = "PC022"
    /// An `ask` or `set` of a derived variable, which the engine computes.
    case notAssignable = "PC023"
    /// A migration that names a node still in the dialogues as renamed or removed.
    case staleMigration = "PC024"
    /// A branch condition that holds on no route reaching it (condition analysis).
    case neverTrue = "PC030"
    /// A branch case whose condition holds only where an earlier case is taken first.
    case shadowedCase = "PC031"
    /// A condition or `set` value that reads a variable never set on some route reaching it.
    case readBeforeSet = "PC032"
    /// The condition analysis met more states than it explores, so some findings are not made.
    case analysisIncomplete = "PC033"
    /// A YAML anchor (`&name`) or alias (`*name`): aliases can expand without bound.
    case anchorOrAlias = "PC025"
    /// Lists and mappings nested deeper than `YAMLGuard.maximumDepth`.
    case nestingTooDeep = "PC026"
    /// A dialogue file larger than `DialogueFileReader.maximumFileBytes`.
    case fileTooLarge = "PC027"
    /// A dialogue file that is not UTF-8 text.
    case notUTF8 = "PC028"
    /// Dialogues beyond what any author writes: too many variables or nodes
    /// (`SizeRule`), or a chain of derived values too long (`DerivedCycleRule.maximumDepth`).
    case beyondLimits = "PC029"
    /// A `redact:` value other than `sensitive` or `identity`.
    case badRedaction = "PC034"
}
