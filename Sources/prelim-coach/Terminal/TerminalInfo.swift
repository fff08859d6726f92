import FoundationEssentials
import Glibc

/// What the process's streams are connected to, decided once at start.
struct TerminalInfo {
    let stdinIsTerminal: Bool
    let stdoutIsTerminal: Bool
    let width: Int
    let colour: Bool

    init(environment: [String: String] = Environment.current) {
        stdinIsTerminal = isatty(STDIN_FILENO) == 1
        stdoutIsTerminal = isatty(STDOUT_FILENO) == 1
        // https://no-color.org: any non-empty NO_COLOR turns colour off.
        colour = stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        width = TerminalInfo.columns(environment: environment, isTerminal: stdoutIsTerminal)
    }

    /// The terminal's width, else `$COLUMNS`, else 80; kept between 40 and 100 for reading.
    private static func columns(environment: [String: String], isTerminal: Bool) -> Int {
        var size = winsize()
        if isTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return clamp(Int(size.ws_col) - 1)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init) { return clamp(columns) }
        return 80
    }

    private static func clamp(_ width: Int) -> Int { min(max(width, 40), 100) }
}
