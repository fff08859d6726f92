/// A scalar as the event stream gives it: its text, how it was written, where it starts, and
/// where its text lies in the file (see `YAMLScalar`).
struct YAMLScalarEvent {
    let text: String
    let style: YAMLScalar.Style
    /// 1-based, where the scalar (or its quote, or its `|`/`>`) starts.
    let line: Int
    let column: Int
    /// An explicit tag, `nil` for none.
    let tag: String?
    let contentLine: Int
    let contentColumn: Int
    let isMappable: Bool
}
