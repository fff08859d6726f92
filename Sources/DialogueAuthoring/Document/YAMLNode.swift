import Yams

/// Yams' node, named apart from the dialogue graph's `Node`.
typealias YAMLNode = Yams.Node
