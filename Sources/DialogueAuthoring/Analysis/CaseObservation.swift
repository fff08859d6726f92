/// What exploring every route found out about one `when` case of a branch.
struct CaseObservation {
    /// A state at the branch, for an example when nothing else happened.
    var reached: Int?
    /// A state in which the condition holds.
    var holds: Int?
    /// Whether some route takes this case.
    var isTaken = false
    /// A state in which it holds but the case at `winner` comes first.
    var shadow: (state: Int, winner: Int)?
    /// Some route reaches it with values the analysis cannot evaluate it on.
    var isUndecidable = false
    /// A state in which it is unknown because a variable it reads was never set.
    var unsetRead: (state: Int, variable: String)?
}
